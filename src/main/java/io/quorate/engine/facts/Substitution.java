package io.quorate.engine.facts;

import io.quorate.model.Loc;
import java.time.LocalDate;

/**
 * A substitute recorded under {@code attendance: substitutes:}: who ({@code name}, or null), for which
 * member, from which organisation, notified when (or null). Whether the substitution counts is the
 * rules' to say.
 */
public record Substitution(String meeting, String name, String forMember, String organisation, LocalDate notified,
    int position, Loc loc) {}
