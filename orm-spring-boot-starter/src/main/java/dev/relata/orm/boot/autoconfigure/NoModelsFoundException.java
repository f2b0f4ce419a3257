package dev.relata.orm.boot.autoconfigure;

import java.util.List;

/**
 * Thrown at startup when Relata found no model to build its schema from.
 */
final class NoModelsFoundException extends RuntimeException {

	private final OrmModels models;

	private final List<String> relationBeans;

	NoModelsFoundException(OrmModels models, List<String> relationBeans) {
		super("Relata found no model (class annotated with @Table) in " + models.describeScan());
		this.models = models;
		this.relationBeans = List.copyOf(relationBeans);
	}

	OrmModels models() {
		return this.models;
	}

	List<String> relationBeans() {
		return this.relationBeans;
	}

}
