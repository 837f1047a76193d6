package io.quorate.engine.facts;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A yes or no copied as it stands from the input (a chairman's consent, a paper tabled), not
 * decided by a deriver: the one kind of boolean a fact may carry (NeutralFactsTest).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
public @interface Recorded {}
