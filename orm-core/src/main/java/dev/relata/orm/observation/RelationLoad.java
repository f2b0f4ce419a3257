package dev.relata.orm.observation;

/**
 * What one relation load is, for its observation.
 *
 * @param model the simple name of the model the relation is defined on
 * @param relation the relation's name
 * @param kind the relation's kind label
 * @param strategy the strategy that ran ({@code join} or {@code batched})
 * @param requestedStrategy the strategy requested ({@code auto}, {@code join} or
 * {@code batched})
 * @param reason the reason code
 */
public record RelationLoad(String model, String relation, String kind, String strategy, String requestedStrategy,
		String reason) {
}
