package io.quorate.engine.facts;

import io.quorate.model.Loc;
import java.time.LocalDate;

/**
 * A member recorded under {@code attendance: apologies:}: absent, with the date the Clerk was told
 * (or null), the reason and the chairman's consent as recorded (or null).
 */
public record Absence(String meeting, String member, LocalDate notified, String reason, @Recorded Boolean consent,
    Loc loc) {}
