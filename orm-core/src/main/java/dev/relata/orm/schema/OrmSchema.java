package dev.relata.orm.schema;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.relata.orm.exception.OrmSchemaException;
import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.exception.UnknownRelationException;
import java.util.Collections;

/**
 * The models Relata knows, read and validated once by {@link Builder#build()}. Immutable
 * and thread-safe.
 */
public final class OrmSchema {

	private final Map<Class<?>, EntityModel<?>> models = new LinkedHashMap<>();

	private final List<EntityModel<?>> modelList;

	private final NamingStrategy namingStrategy;

	private final ValueConversions conversions;

	private final Map<Class<?>, Map<String, Relation>> relations;

	private final List<ForeignKey> foreignKeys;

	OrmSchema(List<EntityModel<?>> models, NamingStrategy namingStrategy,
			Map<Class<?>, Map<String, Relation>> relations, List<ForeignKey> foreignKeys) {
		models.forEach((model) -> this.models.put(model.type(), model));
		this.modelList = List.copyOf(models);
		this.namingStrategy = namingStrategy;
		this.conversions = new ValueConversions();
		Map<Class<?>, Map<String, Relation>> copy = new LinkedHashMap<>();
		relations.forEach((type, byName) -> copy.put(type, Collections.unmodifiableMap(new LinkedHashMap<>(byName))));
		this.relations = copy;
		this.foreignKeys = List.copyOf(foreignKeys);
	}

	/**
	 * Starts a schema.
	 * @return a new builder
	 */
	public static Builder builder() {
		return new OrmSchemaBuilder();
	}

	/**
	 * Returns the model of a type.
	 * @param <T> the model type
	 * @param type a model type of this schema
	 * @return its model
	 * @throws OrmUsageException naming the models when the type is not one of them
	 */
	@SuppressWarnings("unchecked")
	public <T> EntityModel<T> model(Class<T> type) {
		EntityModel<?> model = this.models.get(type);
		if (model == null) {
			throw new OrmUsageException(type.getName() + " is not a model of this schema; its models are: "
					+ String.join(", ", this.models.values().stream().map(EntityModel::name).toList())
					+ "; add it with OrmSchema.builder().models(...)");
		}
		return (EntityModel<T>) model;
	}

	/**
	 * Finds the model of a type.
	 * @param type any type
	 * @return its model, or empty when the type is not a model of this schema
	 */
	public Optional<EntityModel<?>> findModel(Class<?> type) {
		return Optional.ofNullable(this.models.get(type));
	}

	/**
	 * Returns every model, in the order they were given.
	 * @return the models
	 */
	public List<EntityModel<?>> models() {
		return this.modelList;
	}

	/**
	 * Returns the naming strategy the schema was built with.
	 * @return the naming strategy
	 */
	public NamingStrategy namingStrategy() {
		return this.namingStrategy;
	}

	/**
	 * Returns the value conversions for query values and converted properties.
	 * @return the conversions
	 */
	public ValueConversions conversions() {
		return this.conversions;
	}

	/**
	 * Returns the relations of a model, in definition order.
	 * @param type a model of this schema
	 * @return its relations, possibly none
	 */
	public List<Relation> relations(Class<?> type) {
		model(type);
		return List.copyOf(this.relations.getOrDefault(type, Map.of()).values());
	}

	/**
	 * Returns a relation of a model by name.
	 * @param type a model of this schema
	 * @param name the relation's name
	 * @return the relation
	 * @throws UnknownRelationException naming the relations the model has, in
	 * alphabetical order
	 */
	public Relation relation(Class<?> type, String name) {
		EntityModel<?> model = model(type);
		Map<String, Relation> own = this.relations.getOrDefault(type, Map.of());
		Relation relation = own.get(name);
		if (relation == null) {
			throw new UnknownRelationException(model.name(), name, own.keySet().stream().sorted().toList());
		}
		return relation;
	}

	/**
	 * Returns the foreign keys the relations imply, with their merged options.
	 * @return the foreign keys, in definition order
	 */
	public List<ForeignKey> foreignKeys() {
		return this.foreignKeys;
	}

	/**
	 * Collects models, relations, a naming strategy and converters, then reads and
	 * validates them.
	 */
	public interface Builder {

		/**
		 * Adds model types: records or classes with a no-arg constructor.
		 * @param types the model types
		 * @return this builder
		 */
		Builder models(Class<?>... types);

		/**
		 * Adds model types: records or classes with a no-arg constructor.
		 * @param types the model types
		 * @return this builder
		 */
		Builder models(Collection<Class<?>> types);

		/**
		 * Sets the naming strategy; {@link NamingStrategy#SNAKE_CASE} by default.
		 * @param strategy the naming strategy
		 * @return this builder
		 */
		Builder namingStrategy(NamingStrategy strategy);

		/**
		 * Adds converters for property types that are not supported as is.
		 * @param converters the converters, at most one per model type
		 * @return this builder
		 */
		Builder converters(ValueConverter<?, ?>... converters);

		/**
		 * Adds relation definitions ({@code RelationDefinitions}); several may exist per
		 * model.
		 * @param relations the definitions
		 * @return this builder
		 */
		Builder relations(RelationSource... relations);

		/**
		 * Adds relation definitions.
		 * @param relations the definitions
		 * @return this builder
		 */
		Builder relations(Collection<? extends RelationSource> relations);

		/**
		 * Reads every model once and validates the schema.
		 * @return the schema
		 * @throws OrmSchemaException listing every problem, each naming the model, the
		 * property and the fix
		 */
		OrmSchema build();

	}

}
