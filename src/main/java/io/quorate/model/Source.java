package io.quorate.model;

/** Where a rule comes from: the seed document, the clause as printed, and the words quoted. */
public record Source(String document, String clause, String quote) {}
