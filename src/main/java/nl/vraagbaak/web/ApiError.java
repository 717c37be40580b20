package nl.vraagbaak.web;

/** The JSON body of every error of the API: the status again and what to change. */
record ApiError(int status, String message) {}
