package io.quorate.model;

/** A board's own value for a profile parameter, given under {@code procedure:}. */
public record ParamOverride(String name, Object value, Loc loc) {}
