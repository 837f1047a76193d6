/**
 * The facts the derivers measure and the rules judge: neutral observations of the input (who was
 * present, each vote cast, the working days between two dates, the meetings in a period, the seats
 * a group is due). A fact here is named for what it is, never for a breach; it carries no boolean
 * that is a verdict and no sentence of a message. The verdict is the DRL rule's, beside its clause
 * (NeutralFactsTest keeps this true).
 */
package io.quorate.engine.facts;
