package dev.relata.orm.boot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a schema that does not validate at startup: each problem names the model, the
 * relation or property and what is wrong; the action says how the starter finds models
 * and relations, so that the fix is clear.
 */
class SchemaBuildFailureAnalyzer extends AbstractFailureAnalyzer<SchemaBuildException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SchemaBuildException cause) {
		String description = "Relata could not build its schema from the models "
				+ String.join(", ", cause.models().types().stream().map(Class::getSimpleName).toList())
				+ " and the RelationDefinitions beans " + beans(cause) + ":" + System.lineSeparator()
				+ System.lineSeparator() + cause.getMessage();
		String action = "Fix the models and relation definitions named above." + System.lineSeparator()
				+ "Relata's models are the classes annotated with @Table in " + cause.models().describeScan()
				+ "; a model the problems call 'not a model of the schema' needs @Table and a place in those "
				+ "packages (or point Relata at its package with relata.orm.model-packages or @OrmModelScan). "
				+ "Relations come from RelationDefinitions beans; '(defined at ...)' says where each one was "
				+ "declared.";
		return new FailureAnalysis(description, action, cause);
	}

	private static String beans(SchemaBuildException cause) {
		return cause.relationBeans().isEmpty() ? "(none)" : String.join(", ", cause.relationBeans());
	}

}
