package dev.relata.orm.verify;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.ddl.ForeignKeyDefinition;
import dev.relata.orm.ddl.OrmDdl;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ForeignKey;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Relation;

/**
 * A foreign key of the schema with what the checks need besides its DDL model: the model
 * and property holding it and the relation that defined it first, whose name the findings
 * carry.
 *
 * @param definition the key as {@link OrmDdl#foreignKeys} names it
 * @param key the key as the schema resolved it
 * @param definer the first relation that implies it
 * @param direct whether a belongsTo, hasOne or hasMany implies it (not only a join
 * model), so its nullability says whether the relation is optional
 */
record DeclaredForeignKey(ForeignKeyDefinition definition, ForeignKey key, Relation definer, boolean direct) {

	/**
	 * Pairs each foreign key of the schema with its definition; both lists come in the
	 * schema's order.
	 */
	static List<DeclaredForeignKey> of(OrmSchema schema, List<ForeignKeyDefinition> definitions) {
		List<ForeignKey> keys = schema.foreignKeys();
		if (keys.size() != definitions.size()) {
			throw new IllegalStateException("OrmDdl.foreignKeys must give one definition per schema foreign key");
		}
		List<Relation> relations = new ArrayList<>();
		for (EntityModel<?> model : schema.models()) {
			relations.addAll(schema.relations(model.type()));
		}
		List<DeclaredForeignKey> declared = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			ForeignKey key = keys.get(i);
			List<Relation> definers = key.definedBy()
				.stream()
				.flatMap((name) -> relations.stream().filter((relation) -> relation.qualifiedName().equals(name)))
				.toList();
			if (definers.isEmpty()) {
				throw new IllegalStateException("No relation of the schema is named " + key.definedBy());
			}
			boolean direct = definers.stream().anyMatch((relation) -> !relation.throughJoinModel());
			declared.add(new DeclaredForeignKey(definitions.get(i), key, definers.get(0), direct));
		}
		return List.copyOf(declared);
	}

	/**
	 * The column the key is on, as the schema names it.
	 */
	String column() {
		return this.definition.columns().get(0);
	}

}
