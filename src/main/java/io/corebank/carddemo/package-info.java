/**
 * The CardDemo nightly batch rewritten in Java: the printers of the statement step (CREASTMT) and of
 * the transaction report step (TRANREPT), byte exact with the original COBOL programs apart from the
 * defects the CardDemo reference README lists as fixed on purpose. Pure Java: no Spring, no JDBC.
 */
package io.corebank.carddemo;
