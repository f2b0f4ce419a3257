package dev.relata.orm.schema;

import java.util.List;

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

}
