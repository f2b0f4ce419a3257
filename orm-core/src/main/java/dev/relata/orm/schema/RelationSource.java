package dev.relata.orm.schema;

import java.util.List;
import java.util.Map;

/**
 * Something that declares relations to the schema builder; implemented by
 * {@code RelationDefinitions}, so that this package does not depend on the definition
 * language.
 */
public interface RelationSource {

	/**
	 * Returns the relations declared, in declaration order.
	 * @return the declarations
	 */
	List<RelationDeclaration> declarations();

	/**
	 * Returns the type values of polymorphic relations given explicitly, by model (the
	 * default is the model's table name).
	 * @return the aliases
	 */
	default Map<Class<?>, String> morphAliases() {
		return Map.of();
	}

}
