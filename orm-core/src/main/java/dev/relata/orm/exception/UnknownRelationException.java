package dev.relata.orm.exception;

import java.util.List;

/**
 * Thrown when a name is not a relation of a model. The message lists the relations it
 * has: {@code User has no relation 'post'; it has: posts, profile, role, tags}.
 */
public class UnknownRelationException extends OrmUsageException {

	/**
	 * Creates an exception for an unknown relation.
	 * @param modelName the model's simple name
	 * @param requested the name that was asked for
	 * @param existing the relation names the model has
	 */
	public UnknownRelationException(String modelName, String requested, List<String> existing) {
		super(modelName + " has no relation " + QuotedInput.quote(requested) + "; " + (existing.isEmpty()
				? "it has none (define relations with RelationDefinitions.of(" + modelName + ".class, r -> ...))"
				: "it has: " + String.join(", ", existing)));
	}

}
