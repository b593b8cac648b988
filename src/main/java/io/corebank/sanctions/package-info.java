/**
 * OFAC SDN screening of names, for the originator and receiver names of inbound ACH entries: an entry whose name
 * matches is held for review and reported, never posted.
 *
 * <p>Pure Java and Apache Commons CSV, no Spring, no database (the "codecs" floor of docs/architecture.md).
 * {@link io.corebank.sanctions.SdnList} reads OFAC's legacy CSV files (sdn.csv, alt.csv, add.csv);
 * {@link io.corebank.sanctions.SanctionsScreen} screens names against it with the rules it documents (exact,
 * token set, truncated, fuzzy), after the normalization of {@link io.corebank.sanctions.NameNormalizer}, with the
 * knobs of {@link io.corebank.sanctions.ScreeningOptions}. {@code bench.SanctionsBench} prints names screened per
 * second.
 *
 * <p>Where the choices come from:
 * <ul>
 *   <li>OFAC FAQ 249 (how Sanctions List Search scores): candidates first filtered by first letter, then
 *       Jaro-Winkler on the whole name and on name parts; here, names are compared part by part, candidates come
 *       from the first three letters of a distinctive part.</li>
 *   <li>OFAC FAQs 122 to 124: weak AKAs are in the Remarks field of the CSV files as {@code a.k.a. 'NAME'}, and OFAC
 *       does not expect them to be screened; here they are loaded, marked weak, and screened only on request.</li>
 *   <li>moov-io/watchman, the open-source screening server: the same preparation of list names (individuals
 *       reordered from "LAST, First", company suffixes and stopwords dropped, Unicode folded to ASCII, punctuation
 *       removed) before Jaro-Winkler.</li>
 * </ul>
 *
 * <p>Known limits, deliberate:
 * <ul>
 *   <li>A screened name that leaves out a part of the list name ({@code NICOLAS MADURO} for {@code MADURO MOROS,
 *       Nicolas}) does not match unless it is long enough to be a cut field. The converse rule (every part of the
 *       screened name in the list name) would hold 86 of the 6,320 first-and-last-name pairs of the bench's
 *       vocabulary (JOSE GARCIA, MARIA RODRIGUEZ, DAVID MARTINEZ, ...): too many false hits for ACH volumes.</li>
 *   <li>A wrong first letter in a short part ({@code KUBA} for {@code CUBA}) is beyond the default threshold;
 *       misspellings in the first three letters of every distinctive part are not found at all.</li>
 *   <li>Only the Latin script is compared (the CSV files are transliterated); dates of birth, countries and
 *       identifiers are kept on the entries for the reviewer but not used to score.</li>
 *   <li>Only the SDN list: the consolidated non-SDN lists are other files.</li>
 * </ul>
 */
package io.corebank.sanctions;
