package io.corebank.demo;

/** What {@link DemoBankGenerator} created. */
public record GenerationReport(int customers, int checking, int savings, int certificates, int cards, int openingJournals,
    long openingDepositsCents) {}
