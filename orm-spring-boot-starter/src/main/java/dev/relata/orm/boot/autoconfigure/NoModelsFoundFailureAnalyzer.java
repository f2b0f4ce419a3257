package dev.relata.orm.boot.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Explains a start without models: where Relata looked and how to point it elsewhere.
 */
class NoModelsFoundFailureAnalyzer extends AbstractFailureAnalyzer<NoModelsFoundException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, NoModelsFoundException cause) {
		String relations = cause.relationBeans().isEmpty() ? "" : " The RelationDefinitions beans "
				+ String.join(", ", cause.relationBeans()) + " need their models too.";
		String description = "Relata found no model: no class annotated with @dev.relata.orm.schema.Table in "
				+ cause.models().describeScan() + "." + relations;
		String action = "Annotate your model records or classes with @Table (dev.relata.orm.schema.Table) in a "
				+ "package below your @SpringBootApplication class, or name their packages with the property "
				+ "relata.orm.model-packages=com.example.model or with @OrmModelScan(\"com.example.model\") on a "
				+ "@Configuration class.";
		return new FailureAnalysis(description, action, cause);
	}

}
