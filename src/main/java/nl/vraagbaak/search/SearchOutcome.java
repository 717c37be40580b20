package nl.vraagbaak.search;

/** What a search gives: hits, or the reason the query could not be understood. */
public sealed interface SearchOutcome permits SearchResult, BadQuery {}
