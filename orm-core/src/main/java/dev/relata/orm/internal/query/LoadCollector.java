package dev.relata.orm.internal.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.internal.input.UserInput;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.PropertyKind;
import dev.relata.orm.schema.Relation;
import org.jspecify.annotations.Nullable;
import dev.relata.orm.query.LoadOptions;
import dev.relata.orm.query.RelationQuery;

/**
 * Collects the loads and aggregates of one query level. Loads of the same relation merge
 * into one node (a dotted path reuses the node of its first segment); callbacks run at
 * once, so mistakes fail where they are written.
 */
final class LoadCollector {

	private final EntityModel<?> owner;

	private final OrmSchema schema;

	private final String parentPath;

	private final Map<String, DefaultRelationQuery<?>> nodes = new LinkedHashMap<>();

	private final List<AggregateModel> aggregates = new ArrayList<>();

	LoadCollector(EntityModel<?> owner, OrmSchema schema, String parentPath) {
		this.owner = owner;
		this.schema = schema;
		this.parentPath = parentPath;
	}

	@SuppressWarnings({ "unchecked", "rawtypes" })
	void load(String path, @Nullable Class<?> target, @Nullable Consumer query, @Nullable LoadOptions options) {
		UserInput.requireNonNull(path, "load", "path");
		RelationPaths.requireDepth("load", path);
		int dot = path.indexOf('.');
		String name = (dot < 0) ? path : path.substring(0, dot);
		DefaultRelationQuery<?> node = node(name);
		if (node.relation().loadsPerType() && (dot >= 0 || query != null || target != null)) {
			throw new OrmUsageException("load(\"" + fullPath(name) + "\"): " + node.relation().qualifiedName()
					+ " is a morphTo whose rows are of several models, so it takes no relation query or nested load; "
					+ "load it with load(\"" + fullPath(name) + "\")");
		}
		if (dot >= 0) {
			node.loads().load(path.substring(dot + 1), target, query, options);
			return;
		}
		if (target != null && target != node.model().type()) {
			throw new OrmUsageException("load(\"" + fullPath(name) + "\", " + target.getSimpleName()
					+ ".class, ...): the relation's target is " + node.model().name() + ", not "
					+ target.getSimpleName());
		}
		if (query != null) {
			query.accept(node);
		}
		if (options != null) {
			node.options(options);
		}
	}

	<R> void loadTyped(String path, Class<R> target, Consumer<RelationQuery<R>> query) {
		load(path, target, query, null);
	}

	void aggregate(String relationName, AggregateFunction function, @Nullable String property,
			@Nullable Consumer<RelationQuery<?>> filter, @Nullable String slotName) {
		Relation relation = this.schema.relation(this.owner.type(), relationName);
		ModelProperty aggregated = null;
		if (property != null) {
			aggregated = relation.target().property(property);
			if (aggregated.kind() != PropertyKind.COLUMN) {
				throw new OrmUsageException(aggregated.qualifiedName()
						+ " is not a column; aggregates take a column of " + relation.target().name());
			}
		}
		List<Clause> clauses = List.of();
		if (filter != null) {
			DefaultRelationQuery<?> spec = new DefaultRelationQuery<>(relation, fullPath(relationName), this.schema);
			filter.accept(spec);
			clauses = spec.clauses();
		}
		clauses = RelationFilters.visible(relation, clauses);
		String slot = (slotName != null) ? slotName : relationName + "Count";
		this.aggregates.add(new AggregateModel(relation, function, aggregated, clauses, aggregateSlot(slot)));
	}

	private ModelProperty aggregateSlot(String name) {
		ModelProperty slot = this.owner.findProperty(name).orElse(null);
		if (slot == null || slot.kind() != PropertyKind.AGGREGATE_SLOT) {
			List<String> slots = this.owner.properties()
				.stream()
				.filter((p) -> p.kind() == PropertyKind.AGGREGATE_SLOT)
				.map(ModelProperty::name)
				.toList();
			throw new OrmUsageException(this.owner.name() + " has no aggregate slot " + UserInput.quote(name) + "; "
					+ (slots.isEmpty() ? "it has none" : "it has: " + String.join(", ", slots))
					+ ". Add a property named <relation>Count or marked @Aggregate to receive the value");
		}
		return slot;
	}

	private DefaultRelationQuery<?> node(String name) {
		DefaultRelationQuery<?> node = this.nodes.get(name);
		if (node == null) {
			Relation relation = this.schema.relation(this.owner.type(), name);
			node = new DefaultRelationQuery<>(relation, fullPath(name), this.schema);
			this.nodes.put(name, node);
		}
		return node;
	}

	private String fullPath(String name) {
		return this.parentPath.isEmpty() ? name : this.parentPath + "." + name;
	}

	boolean isEmpty() {
		return this.nodes.isEmpty() && this.aggregates.isEmpty();
	}

	List<RelationLoadModel> finishLoads() {
		List<RelationLoadModel> loads = new ArrayList<>();
		for (DefaultRelationQuery<?> node : this.nodes.values()) {
			loads.add(node.finish());
		}
		return loads;
	}

	List<AggregateModel> finishAggregates() {
		return List.copyOf(this.aggregates);
	}

}
