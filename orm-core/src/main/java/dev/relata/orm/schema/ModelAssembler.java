package dev.relata.orm.schema;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Decides, for every property of a model read by {@link ModelReader}, its kind, column,
 * options and converter, knowing all model types of the schema.
 */
final class ModelAssembler {

	private static final String COUNT_SUFFIX = "Count";

	private final NamingStrategy naming;

	private final Map<Class<?>, ValueConverter<Object, Object>> converters;

	private final Set<Class<?>> modelTypes;

	private final Map<Class<?>, Set<String>> relationNames;

	ModelAssembler(NamingStrategy naming, Map<Class<?>, ValueConverter<Object, Object>> converters,
			Set<Class<?>> modelTypes, Map<Class<?>, Set<String>> relationNames) {
		this.naming = naming;
		this.converters = converters;
		this.modelTypes = modelTypes;
		this.relationNames = relationNames;
	}

	List<ModelProperty> properties(ModelSource model) {
		List<PropertySource> sources = model.properties();
		boolean annotatedKey = sources.stream().anyMatch((p) -> p.has(Id.class));
		List<ModelProperty> properties = new ArrayList<>();
		for (int i = 0; i < sources.size(); i++) {
			PropertySource source = sources.get(i);
			Set<String> relations = this.relationNames.getOrDefault(model.type(), Set.of());
			properties
				.add(new ModelProperty(model.name(), source, i, mapping(source, sources, annotatedKey, relations)));
		}
		return properties;
	}

	<T> EntityModel<T> model(ModelSource model, Class<T> type, List<ModelProperty> properties) {
		Table table = type.getAnnotation(Table.class);
		String tableName = (table != null && !table.value().isEmpty()) ? table.value() : this.naming.tableName(type);
		String schemaName = (table != null && !table.schema().isEmpty()) ? table.schema() : null;
		return new EntityModel<>(type, schemaName, tableName, properties, model.instantiator(), model.record());
	}

	private PropertyMapping mapping(PropertySource source, List<PropertySource> all, boolean annotatedKey,
			Set<String> relations) {
		PropertyKind kind = kind(source, all, relations);
		boolean key = annotatedKey ? source.has(Id.class) : source.name().equals("id");
		if (kind != PropertyKind.COLUMN) {
			return new PropertyMapping(kind, null, ColumnOptions.DEFAULTS, key, source.has(Version.class), null,
					source.has(SoftDelete.class));
		}
		Column column = source.annotation(Column.class);
		String columnName = (column != null && !column.value().isEmpty()) ? column.value()
				: this.naming.columnName(source.name());
		ColumnOptions options = (column != null) ? ColumnOptions.of(column) : ColumnOptions.DEFAULTS;
		if (key || source.type().isPrimitive()) {
			options = options.notNull();
		}
		return new PropertyMapping(kind, columnName, options, key, source.has(Version.class), converter(source),
				source.has(SoftDelete.class));
	}

	private @Nullable ValueConverter<Object, Object> converter(PropertySource source) {
		ValueConverter<Object, Object> converter = this.converters.get(source.type());
		if (converter != null) {
			return converter;
		}
		Class<?> element = ArrayColumns.listElement(source.type(), source.genericType());
		return (element != null) ? ArrayColumns.converter(element) : null;
	}

	// A model- or collection-typed property is a slot (the relation resolver reports it
	// when
	// no relation claims it); so is any other property named like a relation, unless it
	// has
	// a column type: that stays a column, which the resolver reports as a name clash.
	private PropertyKind kind(PropertySource source, List<PropertySource> all, Set<String> relations) {
		if (isRelationSlot(source) || (relations.contains(source.name()) && !isColumnType(source.type()))) {
			return PropertyKind.RELATION_SLOT;
		}
		if (source.has(Aggregate.class) || countsRelation(source.name(), relations)
				|| countedSlot(source, all) != null) {
			return PropertyKind.AGGREGATE_SLOT;
		}
		return PropertyKind.COLUMN;
	}

	private boolean isRelationSlot(PropertySource source) {
		Class<?> type = source.type();
		if (this.converters.containsKey(type)) {
			return false;
		}
		Class<?> element = ArrayColumns.listElement(type, source.genericType());
		if (element != null && ArrayColumns.scalarElement(element)) {
			return false;
		}
		return this.modelTypes.contains(type) || Collection.class.isAssignableFrom(type);
	}

	private boolean isColumnType(Class<?> type) {
		return this.converters.containsKey(type) || SupportedTypes.isSupported(type);
	}

	// postsCount counts the relation posts.
	private static boolean countsRelation(String name, Set<String> relations) {
		return name.endsWith(COUNT_SUFFIX)
				&& relations.contains(name.substring(0, name.length() - COUNT_SUFFIX.length()));
	}

	// postsCount counts the relation slot posts.
	private @Nullable PropertySource countedSlot(PropertySource source, List<PropertySource> all) {
		String name = source.name();
		if (!name.endsWith(COUNT_SUFFIX) || name.length() == COUNT_SUFFIX.length()) {
			return null;
		}
		String slot = name.substring(0, name.length() - COUNT_SUFFIX.length());
		return all.stream().filter((p) -> p.name().equals(slot) && isRelationSlot(p)).findFirst().orElse(null);
	}

}
