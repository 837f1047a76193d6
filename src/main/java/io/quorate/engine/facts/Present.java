package io.quorate.engine.facts;

import io.quorate.model.Loc;

/**
 * A member recorded as present at a meeting in person ({@code attendance: present:}). Substitutes
 * are {@link Substitution}s; whether one counts in a member's place is the rules' to say.
 */
public record Present(String meeting, String member, Loc loc) {}
