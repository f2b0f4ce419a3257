package dev.relata.orm.schema;

import org.jspecify.annotations.Nullable;

/**
 * A relation as a definition declares it, by property names, before the schema resolves
 * and validates it. Written by {@code RelationDefinitions}; read by the schema builder.
 *
 * @param owner the model the relation belongs to
 * @param name the relation's name, unique per model
 * @param kind the kind
 * @param target the related model
 * @param foreignKey the foreign key property: on the target for hasOne/hasMany, on the
 * owner for belongsTo; {@code null} for manyToMany
 * @param referencedKey the non-primary key the foreign key points at (on the owner for
 * hasOne/hasMany, on the target for belongsTo), or {@code null} for the primary key
 * @param through the join model of a manyToMany, or {@code null}
 * @param throughFrom the join model's property pointing at the owner, or {@code null}
 * @param throughTo the join model's property pointing at the target, or {@code null}
 * @param options the foreign key options given
 * @param definedBy where the definition comes from, for messages
 * @param morphName the name of a polymorphic relation's type and id columns
 * ({@code commentable} for {@code commentableType} and {@code commentableId}), or
 * {@code null}
 */
public record RelationDeclaration(Class<?> owner, String name, RelationKind kind, Class<?> target,
		@Nullable String foreignKey, @Nullable String referencedKey, @Nullable Class<?> through,
		@Nullable String throughFrom, @Nullable String throughTo, ForeignKeyOptions options, String definedBy,
		@Nullable String morphName) {

	/**
	 * Creates a declaration of a relation that is not polymorphic.
	 * @param owner the model the relation belongs to
	 * @param name the relation's name
	 * @param kind the kind
	 * @param target the related model
	 * @param foreignKey the foreign key property
	 * @param referencedKey the referenced key property
	 * @param through the join model
	 * @param throughFrom the join model's property pointing at the owner
	 * @param throughTo the join model's property pointing at the target
	 * @param options the foreign key options
	 * @param definedBy where the definition comes from
	 */
	public RelationDeclaration(Class<?> owner, String name, RelationKind kind, Class<?> target,
			@Nullable String foreignKey, @Nullable String referencedKey, @Nullable Class<?> through,
			@Nullable String throughFrom, @Nullable String throughTo, ForeignKeyOptions options, String definedBy) {
		this(owner, name, kind, target, foreignKey, referencedKey, through, throughFrom, throughTo, options, definedBy,
				null);
	}

}
