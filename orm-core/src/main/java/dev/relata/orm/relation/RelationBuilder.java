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

	/**
	 * Sets the value this model's rows are known by in the type columns of polymorphic
	 * relations (default: its table name).
	 * @param alias the type value, such as {@code post}
	 * @return this builder
	 */
	RelationBuilder<T> morphAlias(String alias);

	/**
	 * Declares one related row that points at this model through a type and an id column
	 * of the target ({@code <morphName>Type}, {@code <morphName>Id}).
	 * @param <R> the related model
	 * @param name the relation's name
	 * @param target the related model
	 * @param morphName the name of the type and id columns, such as {@code commentable}
	 * @return this builder
	 */
	<R> RelationBuilder<T> morphOne(String name, Class<R> target, String morphName);

	/**
	 * Declares any number of related rows that point at this model through a type and an
	 * id column of the target:
	 * {@code morphMany("comments", Comment.class, "commentable")}.
	 * @param <R> the related model
	 * @param name the relation's name
	 * @param target the related model
	 * @param morphName the name of the type and id columns
	 * @return this builder
	 */
	<R> RelationBuilder<T> morphMany(String name, Class<R> target, String morphName);

	/**
	 * Declares the row this model points at through its own type and id columns
	 * ({@code <name>Type}, {@code <name>Id}); its possible models are those declaring a
	 * {@code morphOne} or {@code morphMany} to this model with the same morph name.
	 * Always loaded BATCHED, one statement per type found.
	 * @param name the relation's name, which is also the morph name
	 * @return this builder
	 */
	RelationBuilder<T> morphTo(String name);

	/**
	 * Declares related rows linked through a join model whose rows carry this model's
	 * type:
	 * {@code morphToMany("tags", Tag.class, "taggable", m -> m.through(Taggable.class)
	 * .from(Taggable::taggableId).to(Taggable::tagId))}.
	 * @param <R> the related model
	 * @param name the relation's name
	 * @param target the related model
	 * @param morphName the name of the join model's type column ({@code <morphName>Type})
	 * @param spec names the join model and its keys
	 * @return this builder
	 */
	<R> RelationBuilder<T> morphToMany(String name, Class<R> target, String morphName,
			Consumer<ManyToManySpec<T, R>> spec);

	/**
	 * Declares the inverse of a {@code morphToMany}: rows of the target linked to this
	 * model through a join model whose rows carry the target's type:
	 * {@code morphedByMany("posts", Post.class, "taggable", m -> m.through(Taggable.class)
	 * .from(Taggable::tagId).to(Taggable::taggableId))}.
	 * @param <R> the related model
	 * @param name the relation's name
	 * @param target the related model
	 * @param morphName the name of the join model's type column
	 * @param spec names the join model and its keys
	 * @return this builder
	 */
	<R> RelationBuilder<T> morphedByMany(String name, Class<R> target, String morphName,
			Consumer<ManyToManySpec<T, R>> spec);

}
