package io.quorate.plan;

import java.time.LocalDate;

/**
 * A date already recorded in the files, judged against a deadline.
 *
 * @param what what happened, e.g. "notice sent" or "apology from gibbens notified"
 * @param date when it happened
 * @param status met, missed or ambiguous
 * @param detail why, in words, e.g. "4 days after the deadline"; may be empty
 */
public record Check(String what, LocalDate date, Status status, String detail) {}
