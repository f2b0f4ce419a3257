package dev.relata.orm.boot.autoconfigure;

import java.util.List;

import dev.relata.orm.exception.OrmSchemaException;

/**
 * Thrown at startup when the auto-configured schema does not validate: the schema
 * problems, with what the starter fed the schema, for the failure analysis.
 */
final class SchemaBuildException extends OrmSchemaException {

	private final OrmModels models;

	private final List<String> relationBeans;

	SchemaBuildException(OrmSchemaException cause, OrmModels models, List<String> relationBeans) {
		super(cause.getMessage(), cause);
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
