package nl.vraagbaak.parse;

/**
 * A parsed document's own facts, as the contract names them.
 *
 * @param id first 16 hex digits of the SHA-256 of the source bytes
 * @param source the file name as given
 * @param format pdf, docx, odt, html, xml or txt
 * @param kind schriftelijk-overleg, lijst-van-vragen-en-antwoorden, kamervragen, antwoorden-debat, inbreng or onbekend
 * @param title the document's title, or null
 * @param date YYYY-MM-DD, or null
 * @param committee e.g. "vaste commissie voor Buitenlandse Zaken", or null
 * @param responder e.g. "minister van Defensie", or null
 * @param reference the document's own Kamerstuk as "28676-555", or null
 */
public record Document(
    String id,
    String source,
    String format,
    String kind,
    String title,
    String date,
    String committee,
    String responder,
    String reference) {}
