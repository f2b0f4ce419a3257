package dev.relata.orm.ddl;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ForeignKey;
import dev.relata.orm.schema.OrmSchema;

/**
 * Orders the models so that a referenced table comes before the tables referencing it,
 * keeping the schema's order otherwise. Self-references are ignored; a cycle is cut where
 * it is met (the foreign keys are added after all tables anyway).
 */
final class TableOrder {

	private final Map<Class<?>, List<EntityModel<?>>> referenced = new HashMap<>();

	private final Set<Class<?>> visiting = new HashSet<>();

	private final Set<EntityModel<?>> ordered = new LinkedHashSet<>();

	private TableOrder(OrmSchema schema) {
		for (ForeignKey foreignKey : schema.foreignKeys()) {
			if (foreignKey.model() != foreignKey.referenced()) {
				this.referenced.computeIfAbsent(foreignKey.model().type(), (type) -> new ArrayList<>())
					.add(foreignKey.referenced());
			}
		}
	}

	static List<EntityModel<?>> of(OrmSchema schema) {
		TableOrder order = new TableOrder(schema);
		schema.models().forEach(order::visit);
		return List.copyOf(order.ordered);
	}

	private void visit(EntityModel<?> model) {
		if (this.ordered.contains(model) || !this.visiting.add(model.type())) {
			return;
		}
		this.referenced.getOrDefault(model.type(), List.of()).forEach(this::visit);
		this.visiting.remove(model.type());
		this.ordered.add(model);
	}

}
