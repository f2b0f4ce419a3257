package dev.relata.orm.relation;

import java.util.function.Consumer;

import dev.relata.orm.schema.PropertyRef;

/**
 * Declares the relations of one model inside
 * {@code RelationDefinitions.of(Model.class, r -> ...)}. Keys are method references, so
 * the compiler checks that a hasOne/hasMany key is a property of the target and a
 * belongsTo key one of this model. Each kind has one overload with options.
 *
 * @param <T> the model the relations belong to
 */
public interface RelationBuilder<T> {

	/**
	 * Declares one related row whose foreign key points at this model.
	 * @param <R> the related model
	 * @param name the relation's name (and of the slot that holds it)
	 * @param target the related model
	 * @param foreignKey the target's foreign key, such as {@code Profile::userId}
	 * @return this builder
	 */
	<R> RelationBuilder<T> hasOne(String name, Class<R> target, PropertyRef<R, ?> foreignKey);

	/**
	 * Declares a hasOne with foreign key options.
	 * @param <R> the related model
	 * @param name the relation's name
	 * @param target the related model
	 * @param foreignKey the target's foreign key
	 * @param options the foreign key options; {@code ownerKey} names this model's
	 * referenced key
	 * @return this builder
	 */
	<R> RelationBuilder<T> hasOne(String name, Class<R> target, PropertyRef<R, ?> foreignKey,
			Consumer<ForeignKeySpec<T>> options);

	/**
	 * Declares any number of related rows whose foreign key points at this model.
	 * @param <R> the related model
	 * @param name the relation's name
	 * @param target the related model
	 * @param foreignKey the target's foreign key, such as {@code Post::userId}
	 * @return this builder
	 */
	<R> RelationBuilder<T> hasMany(String name, Class<R> target, PropertyRef<R, ?> foreignKey);

	/**
	 * Declares a hasMany with foreign key options.
	 * @param <R> the related model
	 * @param name the relation's name
	 * @param target the related model
	 * @param foreignKey the target's foreign key
	 * @param options the foreign key options; {@code ownerKey} names this model's
	 * referenced key
	 * @return this builder
	 */
	<R> RelationBuilder<T> hasMany(String name, Class<R> target, PropertyRef<R, ?> foreignKey,
			Consumer<ForeignKeySpec<T>> options);

	/**
	 * Declares the row this model's foreign key points at.
	 * @param <R> the related model
	 * @param name the relation's name
	 * @param target the related model
	 * @param foreignKey this model's foreign key, such as {@code User::roleId}
	 * @return this builder
	 */
	<R> RelationBuilder<T> belongsTo(String name, Class<R> target, PropertyRef<T, ?> foreignKey);

	/**
	 * Declares a belongsTo with foreign key options.
	 * @param <R> the related model
	 * @param name the relation's name
	 * @param target the related model
	 * @param foreignKey this model's foreign key
	 * @param options the foreign key options; {@code ownerKey} names the target's
	 * referenced key
	 * @return this builder
	 */
	<R> RelationBuilder<T> belongsTo(String name, Class<R> target, PropertyRef<T, ?> foreignKey,
			Consumer<ForeignKeySpec<R>> options);

	/**
	 * Declares related rows linked through a join model.
	 * @param <R> the related model
	 * @param name the relation's name
	 * @param target the related model
	 * @param spec names the join model and its keys
	 * @return this builder
	 */
	<R> RelationBuilder<T> manyToMany(String name, Class<R> target, Consumer<ManyToManySpec<T, R>> spec);

}
