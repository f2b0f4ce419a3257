package dev.relata.orm.boot.actuate;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.ddl.ForeignKeyDefinition;
import dev.relata.orm.ddl.OrmDdl;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Relation;
import org.jspecify.annotations.Nullable;

/**
 * A schema as the {@code orm} endpoint shows it: plain data, ready for JSON.
 *
 * @param models the models, in the schema's order
 */
public record SchemaDescriptor(List<ModelDescriptor> models) {

	/**
	 * Describes a schema.
	 * @param schema the schema
	 * @return its description
	 */
	public static SchemaDescriptor of(OrmSchema schema) {
		List<ForeignKeyDefinition> foreignKeys = OrmDdl.foreignKeys(schema);
		List<ModelDescriptor> models = new ArrayList<>();
		for (EntityModel<?> model : schema.models()) {
			List<RelationDescriptor> relations = schema.relations(model.type())
				.stream()
				.map((relation) -> RelationDescriptor.of(relation, foreignKeys))
				.toList();
			models.add(new ModelDescriptor(model.name(), model.type().getName(), model.table(), model.schemaName(),
					model.keys().stream().map(ModelProperty::name).toList(),
					model.columns().stream().map(ColumnDescriptor::of).toList(), relations));
		}
		return new SchemaDescriptor(models);
	}

	/**
	 * A model.
	 *
	 * @param name the model's simple name
	 * @param type the model's class
	 * @param table its table
	 * @param schema its database schema, or {@code null} for the connection's
	 * @param keys the key properties
	 * @param columns the column properties
	 * @param relations the relations defined on it
	 */
	public record ModelDescriptor(String name, String type, String table, @Nullable String schema, List<String> keys,
			List<ColumnDescriptor> columns, List<RelationDescriptor> relations) {
	}

	/**
	 * A column property.
	 *
	 * @param property the property name
	 * @param column the column name
	 * @param type the property's Java type
	 * @param key whether it is (part of) the key
	 */
	public record ColumnDescriptor(String property, String column, String type, boolean key) {

		static ColumnDescriptor of(ModelProperty property) {
			return new ColumnDescriptor(property.name(), String.valueOf(property.column()),
					property.javaType().getSimpleName(), property.key());
		}

	}

	/**
	 * A relation.
	 *
	 * @param name its name
	 * @param kind its kind, such as {@code hasMany}
	 * @param target the related model
	 * @param sourceKey the column of this model matched by the relation
	 * ({@code table.column})
	 * @param targetKey the column of the related (or join) model it is matched with
	 * @param through the join model of a many-to-many, or {@code null}
	 * @param foreignKeys the foreign keys the relation implies, with their actions
	 * @param morphType the type column of a polymorphic relation, or {@code null}
	 * @param morphTargets the models a morphTo can point at
	 * @param definedBy where the relation was defined
	 */
	public record RelationDescriptor(String name, String kind, String target, String sourceKey, String targetKey,
			@Nullable String through, List<ForeignKeyDescriptor> foreignKeys, @Nullable String morphType,
			List<String> morphTargets, String definedBy) {

		static RelationDescriptor of(Relation relation, List<ForeignKeyDefinition> foreignKeys) {
			List<ForeignKeyDescriptor> implied = foreignKeys.stream()
				.filter((key) -> key.definedBy().contains(relation.qualifiedName()))
				.map(ForeignKeyDescriptor::of)
				.toList();
			boolean through = relation.through().isPresent();
			String targetKey = through ? qualified(relation.through().get(), relation.throughSourceKey().orElseThrow())
					: qualified(relation.target(), relation.targetKey());
			return new RelationDescriptor(relation.name(), relation.kind().label(), relation.target().name(),
					qualified(relation.source(), relation.sourceKey()), targetKey,
					relation.through().map(EntityModel::name).orElse(null), implied,
					relation.morphType().map(ModelProperty::column).orElse(null),
					relation.morphTargets().values().stream().map(EntityModel::name).toList(), relation.definedBy());
		}

		private static String qualified(EntityModel<?> model, ModelProperty property) {
			return model.table() + "." + property.column();
		}

	}

	/**
	 * A foreign key.
	 *
	 * @param constraint the constraint name
	 * @param table the table holding it
	 * @param columns its columns
	 * @param referencedTable the referenced table
	 * @param referencedColumns the referenced columns
	 * @param onDelete the action on delete
	 * @param onUpdate the action on update
	 */
	public record ForeignKeyDescriptor(String constraint, String table, List<String> columns, String referencedTable,
			List<String> referencedColumns, String onDelete, String onUpdate) {

		static ForeignKeyDescriptor of(ForeignKeyDefinition key) {
			return new ForeignKeyDescriptor(key.constraintName(), key.table().toString(), key.columns(),
					key.referencedTable().toString(), key.referencedColumns(), key.onDelete().name(),
					key.onUpdate().name());
		}

	}

}
