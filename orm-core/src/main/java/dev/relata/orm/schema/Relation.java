package dev.relata.orm.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A resolved, validated relation: the models on both sides and the properties that match
 * a parent row to its related rows. For every kind, a parent matches a child when the
 * parent's {@link #sourceKey()} equals the child's {@link #targetKey()}; a many-to-many
 * goes through the join model, whose {@link #throughSourceKey()} holds the parent's key
 * and {@link #throughTargetKey()} the child's.
 */
public final class Relation {

	private final String name;

	private final RelationKind kind;

	private final EntityModel<?> source;

	private final EntityModel<?> target;

	private final ModelProperty sourceKey;

	private final ModelProperty targetKey;

	private final @Nullable EntityModel<?> through;

	private final @Nullable ModelProperty throughSourceKey;

	private final @Nullable ModelProperty throughTargetKey;

	private final @Nullable ModelProperty slot;

	private final String definedBy;

	private final @Nullable ModelProperty morphType;

	private final @Nullable String morphValue;

	private final Map<String, EntityModel<?>> morphTargets;

	Relation(RelationDeclaration declaration, EntityModel<?> source, EntityModel<?> target, ModelProperty sourceKey,
			ModelProperty targetKey, @Nullable EntityModel<?> through, @Nullable ModelProperty throughSourceKey,
			@Nullable ModelProperty throughTargetKey, @Nullable ModelProperty slot) {
		this(declaration, source, target, sourceKey, targetKey, through, throughSourceKey, throughTargetKey, slot, null,
				null, Map.of());
	}

	Relation(RelationDeclaration declaration, EntityModel<?> source, EntityModel<?> target, ModelProperty sourceKey,
			ModelProperty targetKey, @Nullable EntityModel<?> through, @Nullable ModelProperty throughSourceKey,
			@Nullable ModelProperty throughTargetKey, @Nullable ModelProperty slot, @Nullable ModelProperty morphType,
			@Nullable String morphValue, Map<String, EntityModel<?>> morphTargets) {
		this.morphType = morphType;
		this.morphValue = morphValue;
		this.morphTargets = Collections.unmodifiableMap(new LinkedHashMap<>(morphTargets));
		this.name = declaration.name();
		this.kind = declaration.kind();
		this.definedBy = declaration.definedBy();
		this.source = source;
		this.target = target;
		this.sourceKey = sourceKey;
		this.targetKey = targetKey;
		this.through = through;
		this.throughSourceKey = throughSourceKey;
		this.throughTargetKey = throughTargetKey;
		this.slot = slot;
	}

	/**
	 * Returns the relation's name.
	 * @return the name, such as {@code posts}
	 */
	public String name() {
		return this.name;
	}

	/**
	 * Returns {@code Model.name}, for messages.
	 * @return the qualified name, such as {@code User.posts}
	 */
	public String qualifiedName() {
		return this.source.name() + "." + this.name;
	}

	/**
	 * Returns the kind.
	 * @return the kind
	 */
	public RelationKind kind() {
		return this.kind;
	}

	/**
	 * Tells whether the relation yields a list.
	 * @return {@code true} for hasMany and manyToMany
	 */
	public boolean toMany() {
		return this.kind.toMany();
	}

	/**
	 * Tells whether related rows are linked through a join model.
	 * @return {@code true} for manyToMany, morphToMany and morphedByMany
	 */
	public boolean throughJoinModel() {
		return this.kind.throughJoinModel();
	}

	/**
	 * Tells whether the related rows must match this relation's type value.
	 * @return {@code true} for morphOne and morphMany
	 * @see RelationKind#typedOnTarget()
	 */
	public boolean typedOnTarget() {
		return this.kind.typedOnTarget();
	}

	/**
	 * Tells whether the join model's rows must match this relation's type value.
	 * @return {@code true} for morphToMany and morphedByMany
	 * @see RelationKind#typedOnJoinRows()
	 */
	public boolean typedOnJoinRows() {
		return this.kind.typedOnJoinRows();
	}

	/**
	 * Tells whether the relation is loaded one statement per type found in its rows.
	 * @return {@code true} for morphTo
	 * @see RelationKind#loadsPerType()
	 */
	public boolean loadsPerType() {
		return this.kind.loadsPerType();
	}

	/**
	 * Tells whether joining this relation can repeat a parent's row.
	 * @return {@code true} for the to-many kinds, hasOne and morphOne
	 * @see RelationKind#joinRepeatsParentRows()
	 */
	public boolean joinRepeatsParentRows() {
		return this.kind.joinRepeatsParentRows();
	}

	/**
	 * Tells whether nested writes through this relation set the writing row's own foreign
	 * key.
	 * @return {@code true} for belongsTo
	 * @see RelationKind#writesOwnForeignKey()
	 */
	public boolean writesOwnForeignKey() {
		return this.kind.writesOwnForeignKey();
	}

	/**
	 * Tells whether this relation links at most one child row.
	 * @return {@code true} for hasOne
	 * @see RelationKind#linksOneChild()
	 */
	public boolean linksOneChild() {
		return this.kind.linksOneChild();
	}

	/**
	 * Tells whether this relation's join model holds a foreign key to each side.
	 * @return {@code true} for manyToMany
	 * @see RelationKind#joinModelReferencesBothSides()
	 */
	public boolean joinModelReferencesBothSides() {
		return this.kind.joinModelReferencesBothSides();
	}

	/**
	 * Returns the model the relation is defined on.
	 * @return the source model
	 */
	public EntityModel<?> source() {
		return this.source;
	}

	/**
	 * Returns the related model.
	 * @return the target model
	 */
	public EntityModel<?> target() {
		return this.target;
	}

	/**
	 * Returns the source property whose value identifies a parent's related rows: the
	 * referenced key for hasOne, hasMany and manyToMany, the foreign key for belongsTo.
	 * @return the source key
	 */
	public ModelProperty sourceKey() {
		return this.sourceKey;
	}

	/**
	 * Returns the target property matched against the source key: the foreign key for
	 * hasOne and hasMany, the referenced key for belongsTo and manyToMany.
	 * @return the target key
	 */
	public ModelProperty targetKey() {
		return this.targetKey;
	}

	/**
	 * Returns the join model of a manyToMany.
	 * @return the join model, or empty for other kinds
	 */
	public Optional<EntityModel<?>> through() {
		return Optional.ofNullable(this.through);
	}

	/**
	 * Returns the join model's property holding the source key.
	 * @return the property, or empty for other kinds
	 */
	public Optional<ModelProperty> throughSourceKey() {
		return Optional.ofNullable(this.throughSourceKey);
	}

	/**
	 * Returns the join model's property holding the target key.
	 * @return the property, or empty for other kinds
	 */
	public Optional<ModelProperty> throughTargetKey() {
		return Optional.ofNullable(this.throughTargetKey);
	}

	/**
	 * Returns the source model's property that holds the loaded relation.
	 * @return the slot, or empty when the model has no property of the relation's name
	 */
	public Optional<ModelProperty> slot() {
		return Optional.ofNullable(this.slot);
	}

	/**
	 * Returns where the relation was defined, for messages.
	 * @return the definition's origin, such as a class, method and line
	 */
	public String definedBy() {
		return this.definedBy;
	}

	/**
	 * Returns the id column that pairs with {@link #morphType()} in a polymorphic
	 * relation: this model's key column for morphTo, the join model's key for morphToMany
	 * (towards this model) and morphedByMany (towards the target), the target's key
	 * column for morphOne and morphMany.
	 * @return the id property; for a relation that is not polymorphic, its target key
	 */
	public ModelProperty morphId() {
		return switch (this.kind) {
			case MORPH_TO -> sourceKey();
			case MORPH_TO_MANY -> throughSourceKey().orElseThrow();
			case MORPHED_BY_MANY -> throughTargetKey().orElseThrow();
			default -> targetKey();
		};
	}

	/**
	 * Returns the type column of a polymorphic relation: on the target for morphOne and
	 * morphMany, on this model for morphTo, on the join model for morphToMany and
	 * morphedByMany.
	 * @return the type property, or empty for relations that are not polymorphic
	 */
	public Optional<ModelProperty> morphType() {
		return Optional.ofNullable(this.morphType);
	}

	/**
	 * Returns the type value the related rows (or join rows) must carry: this model's
	 * alias for morphOne, morphMany and morphToMany, the target's alias for
	 * morphedByMany.
	 * @return the type value, or empty for morphTo and relations that are not polymorphic
	 */
	public Optional<String> morphValue() {
		return Optional.ofNullable(this.morphValue);
	}

	/**
	 * Returns the models a morphTo can point at, by their type value, in definition
	 * order.
	 * @return the targets by alias; empty for other kinds
	 */
	public Map<String, EntityModel<?>> morphTargets() {
		return this.morphTargets;
	}

	@Override
	public String toString() {
		return this.kind.label() + " " + qualifiedName() + " -> " + this.target.name();
	}

}
