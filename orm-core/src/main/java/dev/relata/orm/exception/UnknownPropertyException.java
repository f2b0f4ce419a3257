package dev.relata.orm.exception;

import java.util.List;

/**
 * Thrown when a name is neither a property nor a column of a model. The message lists
 * what the model has, so a typo is found at a glance:
 * {@code User has no property or column 'nmae'; it has: id, name}.
 */
public class UnknownPropertyException extends OrmUsageException {

	private final String modelName;

	private final String requested;

	/**
	 * Creates an exception for an unknown property or column.
	 * @param modelName the model's simple name
	 * @param requested the name that was asked for
	 * @param existing the names the model has, as they should be listed
	 */
	public UnknownPropertyException(String modelName, String requested, List<String> existing) {
		super(modelName + " has no property or column " + QuotedInput.quote(requested) + "; it has: "
				+ String.join(", ", existing));
		this.modelName = modelName;
		this.requested = requested;
	}

	/**
	 * Returns the simple name of the model that was asked.
	 * @return the model's name
	 */
	public String getModelName() {
		return this.modelName;
	}

	/**
	 * Returns the name that matched no property or column.
	 * @return the requested name
	 */
	public String getRequested() {
		return this.requested;
	}

}
