package dev.relata.orm.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the foreign keys the relations imply, merging the options of definitions that
 * describe the same key (a {@code belongsTo} and its inverse {@code hasMany}); only
 * conflicting explicit options are a problem.
 */
final class ForeignKeyCollector {

	private final List<String> problems;

	private final Map<String, ForeignKey> byIdentity = new LinkedHashMap<>();

	ForeignKeyCollector(List<String> problems) {
		this.problems = problems;
	}

	void add(EntityModel<?> model, ModelProperty column, EntityModel<?> referenced, ModelProperty referencedColumn,
			RelationDeclaration declaration) {
		String relation = declaration.owner().getSimpleName() + "." + declaration.name();
		String identity = model.type().getName() + "#" + column.name() + "->" + referenced.type().getName() + "#"
				+ referencedColumn.name();
		ForeignKey existing = this.byIdentity.get(identity);
		if (existing == null) {
			this.byIdentity.put(identity, new ForeignKey(model, column, referenced, referencedColumn,
					declaration.options(), List.of(relation)));
			return;
		}
		try {
			List<String> definedBy = new ArrayList<>(existing.definedBy());
			definedBy.add(relation);
			this.byIdentity.put(identity, new ForeignKey(model, column, referenced, referencedColumn,
					existing.options().merge(declaration.options()), definedBy));
		}
		catch (IllegalArgumentException ex) {
			this.problems.add("The foreign key " + existing.describe() + " is defined by "
					+ String.join(" and ", existing.definedBy()) + " and by " + relation + " (at "
					+ declaration.definedBy() + ") with conflicting options (" + ex.getMessage()
					+ "); give the option on one definition only, or the same value on both");
		}
	}

	List<ForeignKey> foreignKeys() {
		return List.copyOf(this.byIdentity.values());
	}

}
