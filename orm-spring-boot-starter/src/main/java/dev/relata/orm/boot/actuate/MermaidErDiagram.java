package dev.relata.orm.boot.actuate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Relation;
import dev.relata.orm.schema.RelationKind;

/**
 * Renders a schema as a Mermaid {@code erDiagram}: one entity per model with its columns
 * (Java type, column name, {@code PK}/{@code FK}), and one line per foreign key, drawn
 * once however many relations use it and labelled with their names. Polymorphic
 * relations, which have no foreign key, are dotted.
 */
public final class MermaidErDiagram {

	private MermaidErDiagram() {
	}

	/**
	 * Renders the diagram.
	 * @param schema the schema
	 * @return the Mermaid text, starting with {@code erDiagram}
	 */
	public static String of(OrmSchema schema) {
		StringBuilder text = new StringBuilder("erDiagram\n");
		for (EntityModel<?> model : schema.models()) {
			entity(text, model, schema);
		}
		for (Edge edge : edges(schema).values()) {
			text.append("    ")
				.append(edge.parent)
				.append(edge.polymorphic ? " ||..o" : " ||--o")
				.append(edge.single ? "|" : "{")
				.append(' ')
				.append(edge.child)
				.append(" : \"")
				.append(String.join(", ", edge.labels))
				.append("\"\n");
		}
		return text.toString();
	}

	private static void entity(StringBuilder text, EntityModel<?> model, OrmSchema schema) {
		text.append("    ").append(model.name()).append(" {\n");
		for (ModelProperty column : model.columns()) {
			text.append("        ")
				.append(typeName(column.javaType()))
				.append(' ')
				.append(column.column())
				.append(markers(column, model, schema))
				.append('\n');
		}
		text.append("    }\n");
	}

	private static String markers(ModelProperty column, EntityModel<?> model, OrmSchema schema) {
		boolean foreignKey = schema.foreignKeys()
			.stream()
			.anyMatch((key) -> key.model() == model && key.column() == column);
		if (column.key() && foreignKey) {
			return " PK, FK";
		}
		return column.key() ? " PK" : (foreignKey ? " FK" : "");
	}

	private static String typeName(Class<?> type) {
		String name = type.isArray() ? type.getComponentType().getSimpleName() + "s" : type.getSimpleName();
		return name.replaceAll("[^A-Za-z0-9_]", "_");
	}

	private static Map<String, Edge> edges(OrmSchema schema) {
		Map<String, Edge> edges = new LinkedHashMap<>();
		for (EntityModel<?> model : schema.models()) {
			for (Relation relation : schema.relations(model.type())) {
				for (Edge edge : edgesOf(relation)) {
					edges.merge(edge.key(), edge, Edge::merge);
				}
			}
		}
		return edges;
	}

	private static List<Edge> edgesOf(Relation relation) {
		String label = relation.name();
		RelationKind kind = relation.kind();
		String source = relation.source().name();
		String target = relation.target().name();
		return switch (kind) {
			case BELONGS_TO -> List.of(new Edge(target, source, relation.sourceKey().column(), false, false, label));
			case HAS_ONE -> List.of(new Edge(source, target, relation.targetKey().column(), true, false, label));
			case HAS_MANY -> List.of(new Edge(source, target, relation.targetKey().column(), false, false, label));
			case MORPH_ONE -> List.of(new Edge(source, target, relation.targetKey().column(), true, true, label));
			case MORPH_MANY -> List.of(new Edge(source, target, relation.targetKey().column(), false, true, label));
			case MORPH_TO -> morphTo(relation, label);
			case MANY_TO_MANY, MORPH_TO_MANY, MORPHED_BY_MANY ->
				throughEdges(relation, label, kind != RelationKind.MANY_TO_MANY);
		};
	}

	private static List<Edge> morphTo(Relation relation, String label) {
		List<Edge> edges = new ArrayList<>();
		for (EntityModel<?> target : relation.morphTargets().values()) {
			edges.add(new Edge(target.name(), relation.source().name(), relation.sourceKey().column(), false, true,
					label));
		}
		return edges;
	}

	private static List<Edge> throughEdges(Relation relation, String label, boolean polymorphic) {
		String through = relation.through().orElseThrow().name();
		String sourceColumn = relation.throughSourceKey().map(ModelProperty::column).orElse("");
		String targetColumn = relation.throughTargetKey().map(ModelProperty::column).orElse("");
		boolean sourcePolymorphic = polymorphic && relation.kind() == RelationKind.MORPH_TO_MANY;
		boolean targetPolymorphic = polymorphic && relation.kind() == RelationKind.MORPHED_BY_MANY;
		return List.of(new Edge(relation.source().name(), through, sourceColumn, false, sourcePolymorphic, label),
				new Edge(relation.target().name(), through, targetColumn, false, targetPolymorphic, label));
	}

	/**
	 * One line of the diagram: the parent (the referenced model), the child (holding the
	 * key column), and the relations drawn on it.
	 */
	private static final class Edge {

		private final String parent;

		private final String child;

		private final String column;

		private boolean single;

		private final boolean polymorphic;

		private final List<String> labels = new ArrayList<>();

		Edge(String parent, String child, String column, boolean single, boolean polymorphic, String label) {
			this.parent = parent;
			this.child = child;
			this.column = column;
			this.single = single;
			this.polymorphic = polymorphic;
			this.labels.add(label);
		}

		String key() {
			return this.parent + ">" + this.child + "." + this.column + (this.polymorphic ? "~" : "");
		}

		Edge merge(Edge other) {
			this.single = this.single || other.single;
			other.labels.stream().filter((label) -> !this.labels.contains(label)).forEach(this.labels::add);
			return this;
		}

	}

}
