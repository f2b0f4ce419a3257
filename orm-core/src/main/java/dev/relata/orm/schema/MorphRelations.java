package dev.relata.orm.schema;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * Resolves polymorphic relations: a type column and an id column (named after the morph
 * name, {@code commentableType} and {@code commentableId}) say which model and row a row
 * belongs to. The type value of a model is its alias (explicit, else its table name).
 * Polymorphic relations imply no foreign keys: a column that points at several tables
 * cannot have one.
 */
final class MorphRelations {

	private MorphRelations() {
	}

	/**
	 * {@code morphOne} and {@code morphMany}: the target's type column must hold this
	 * model's alias.
	 */
	static @Nullable Relation owner(RelationResolver resolver, RelationDeclaration d, EntityModel<?> source,
			EntityModel<?> target) {
		String morph = d.morphName();
		ModelProperty id = resolver.column(d, target, morph + "Id", "morph id column");
		ModelProperty type = typeColumn(resolver, d, target, morph);
		ModelProperty key = resolver.referencedKey(d, source, null);
		if (id == null || type == null || key == null || !resolver.compatible(d, id, key)) {
			return null;
		}
		return new Relation(d, source, target, key, id, null, null, null, resolver.slot(source, d), type,
				resolver.morphAlias(source), Map.of());
	}

	/**
	 * {@code morphTo}: this model's type column names one of the models that declare a
	 * {@code morphOne} or {@code morphMany} to it with the same morph name.
	 */
	static @Nullable Relation morphTo(RelationResolver resolver, RelationDeclaration d, EntityModel<?> source) {
		String morph = d.morphName();
		ModelProperty id = resolver.column(d, source, morph + "Id", "morph id column");
		ModelProperty type = typeColumn(resolver, d, source, morph);
		if (id == null || type == null) {
			return null;
		}
		Map<String, EntityModel<?>> targets = new LinkedHashMap<>();
		for (RelationDeclaration other : resolver.declarations()) {
			if ((other.kind() == RelationKind.MORPH_ONE || other.kind() == RelationKind.MORPH_MANY)
					&& other.target() == source.type() && morph.equals(other.morphName())) {
				EntityModel<?> owner = resolver.models().get(other.owner());
				ModelProperty key = (owner != null) ? resolver.referencedKey(d, owner, null) : null;
				if (owner != null && key != null && resolver.compatible(d, id, key)) {
					targets.put(resolver.morphAlias(owner), owner);
				}
			}
		}
		if (targets.isEmpty()) {
			resolver.problem(source.name() + "." + d.name(), d, "no model declares morphMany or morphOne(\"...\", "
					+ source.name() + ".class, \"" + morph + "\"), so nothing can be the target of this morphTo");
			return null;
		}
		EntityModel<?> first = targets.values().iterator().next();
		return new Relation(d, source, first, id, first.keys().get(0), null, null, null, resolver.slot(source, d), type,
				null, targets);
	}

	/**
	 * {@code morphToMany} and {@code morphedByMany}: the join model's type column holds
	 * this model's alias (morphToMany) or the target's (morphedByMany).
	 */
	static @Nullable Relation throughJoinModel(RelationResolver resolver, RelationDeclaration d, EntityModel<?> source,
			EntityModel<?> target) {
		String name = source.name() + "." + d.name();
		EntityModel<?> through = (d.through() != null) ? resolver.models().get(d.through()) : null;
		if (through == null) {
			resolver.problem(name, d,
					"a " + d.kind().label() + " needs its join model, given as a model of the schema: "
							+ "m -> m.through(Join.class).from(...).to(...)");
			return null;
		}
		ModelProperty from = resolver.column(d, through, d.throughFrom(), "join key from(...)");
		ModelProperty to = resolver.column(d, through, d.throughTo(), "join key to(...)");
		ModelProperty type = typeColumn(resolver, d, through, d.morphName());
		ModelProperty sourceKey = resolver.referencedKey(d, source, null);
		ModelProperty targetKey = resolver.referencedKey(d, target, null);
		if (from == null || to == null || type == null || sourceKey == null || targetKey == null
				|| !resolver.compatible(d, from, sourceKey) || !resolver.compatible(d, to, targetKey)) {
			return null;
		}
		String value = (d.kind() == RelationKind.MORPH_TO_MANY) ? resolver.morphAlias(source)
				: resolver.morphAlias(target);
		return new Relation(d, source, target, sourceKey, targetKey, through, from, to, resolver.slot(source, d), type,
				value, Map.of());
	}

	private static @Nullable ModelProperty typeColumn(RelationResolver resolver, RelationDeclaration d,
			EntityModel<?> model, @Nullable String morph) {
		ModelProperty type = resolver.column(d, model, morph + "Type", "morph type column");
		if (type != null && type.columnType() != String.class) {
			resolver.problem(d.owner().getSimpleName() + "." + d.name(), d,
					type.qualifiedName() + " holds the type of a polymorphic relation and must be a String");
			return null;
		}
		return type;
	}

}
