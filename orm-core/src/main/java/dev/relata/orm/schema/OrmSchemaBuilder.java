package dev.relata.orm.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import dev.relata.orm.exception.OrmSchemaException;
import java.util.LinkedHashMap;

/**
 * Builds an {@link OrmSchema}: reads each model once, decides its properties and
 * validates it, collecting every problem before failing.
 */
final class OrmSchemaBuilder implements OrmSchema.Builder {

	private final List<Class<?>> types = new ArrayList<>();

	private final List<ValueConverter<?, ?>> converters = new ArrayList<>();

	private NamingStrategy namingStrategy = NamingStrategy.SNAKE_CASE;

	private final List<RelationSource> relationSources = new ArrayList<>();

	@Override
	public OrmSchema.Builder models(Class<?>... types) {
		return models(Arrays.asList(types));
	}

	@Override
	public OrmSchema.Builder models(Collection<Class<?>> types) {
		types.forEach((type) -> this.types.add(Objects.requireNonNull(type, "model type")));
		return this;
	}

	@Override
	public OrmSchema.Builder namingStrategy(NamingStrategy strategy) {
		this.namingStrategy = Objects.requireNonNull(strategy, "namingStrategy");
		return this;
	}

	@Override
	public OrmSchema.Builder converters(ValueConverter<?, ?>... converters) {
		Arrays.stream(converters).forEach((converter) -> this.converters.add(Objects.requireNonNull(converter)));
		return this;
	}

	@Override
	public OrmSchema.Builder relations(RelationSource... relations) {
		return relations(Arrays.asList(relations));
	}

	@Override
	public OrmSchema.Builder relations(Collection<? extends RelationSource> relations) {
		relations.forEach((source) -> this.relationSources.add(Objects.requireNonNull(source, "relations")));
		return this;
	}

	@Override
	public OrmSchema build() {
		List<String> problems = new ArrayList<>();
		Set<Class<?>> modelTypes = distinctTypes(problems);
		List<RelationDeclaration> declarations = new ArrayList<>();
		this.relationSources.forEach((source) -> declarations.addAll(source.declarations()));
		Map<Class<?>, Set<String>> relationNames = new HashMap<>();
		declarations
			.forEach((d) -> relationNames.computeIfAbsent(d.owner(), (k) -> new LinkedHashSet<>()).add(d.name()));
		ModelAssembler assembler = new ModelAssembler(this.namingStrategy, converterMap(problems), modelTypes,
				relationNames);
		ModelValidator validator = new ModelValidator(problems);
		List<EntityModel<?>> models = new ArrayList<>();
		for (Class<?> type : modelTypes) {
			try {
				ModelSource source = ModelReader.read(type);
				List<ModelProperty> properties = assembler.properties(source);
				validator.validate(source, properties);
				models.add(assembler.model(source, type, properties));
			}
			catch (OrmSchemaException ex) {
				problems.add(ex.getMessage());
			}
		}
		validator.tables(models);
		Map<Class<?>, EntityModel<?>> byType = new LinkedHashMap<>();
		models.forEach((model) -> byType.put(model.type(), model));
		Map<Class<?>, String> morphAliases = new HashMap<>();
		this.relationSources.forEach((source) -> morphAliases.putAll(source.morphAliases()));
		RelationResolver resolver = new RelationResolver(byType, problems, morphAliases);
		Map<Class<?>, Map<String, Relation>> relations = resolver.resolve(declarations);
		if (!problems.isEmpty()) {
			throw new OrmSchemaException(message(problems));
		}
		return new OrmSchema(models, this.namingStrategy, relations, resolver.foreignKeys());
	}

	private Set<Class<?>> distinctTypes(List<String> problems) {
		Set<Class<?>> distinct = new LinkedHashSet<>();
		for (Class<?> type : this.types) {
			if (!distinct.add(type)) {
				problems.add(type.getSimpleName() + ": given twice to OrmSchema.builder().models(...) ("
						+ type.getName() + "); list each model once");
			}
		}
		return distinct;
	}

	@SuppressWarnings("unchecked")
	private Map<Class<?>, ValueConverter<Object, Object>> converterMap(List<String> problems) {
		Map<Class<?>, ValueConverter<Object, Object>> byType = new HashMap<>();
		for (ValueConverter<?, ?> converter : this.converters) {
			String modelType = converter.modelType().getName();
			if (!SupportedTypes.isSupported(converter.columnType())) {
				problems.add("ValueConverter for " + modelType + ": its column type " + converter.columnType().getName()
						+ " is not supported; use one of " + SupportedTypes.DESCRIPTION);
			}
			if (byType.putIfAbsent(converter.modelType(), (ValueConverter<Object, Object>) converter) != null) {
				problems.add(
						"ValueConverter for " + modelType + ": registered twice; register one converter " + "per type");
			}
		}
		return byType;
	}

	private static String message(List<String> problems) {
		if (problems.size() == 1) {
			return problems.get(0);
		}
		return "The schema has " + problems.size() + " problems:" + System.lineSeparator() + "- "
				+ String.join(System.lineSeparator() + "- ", problems);
	}

}
