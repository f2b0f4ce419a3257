package dev.relata.orm.relation;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.internal.input.UserInput;
import dev.relata.orm.schema.ForeignKeyOptions;
import dev.relata.orm.schema.PropertyRef;
import dev.relata.orm.schema.PropertyReferences;
import dev.relata.orm.schema.RelationDeclaration;
import dev.relata.orm.schema.ReferentialAction;
import dev.relata.orm.schema.RelationKind;
import org.jspecify.annotations.Nullable;

/**
 * Turns the builder calls into {@link RelationDeclaration}s, resolving method references
 * to property names and remembering where each relation was defined.
 *
 * @param <T> the model the relations belong to
 */
final class DeclaringRelationBuilder<T> implements RelationBuilder<T> {

	private final Class<T> owner;

	private final List<RelationDeclaration> declarations;

	private @Nullable String morphAlias;

	DeclaringRelationBuilder(Class<T> owner, List<RelationDeclaration> declarations) {
		this.owner = owner;
		this.declarations = declarations;
	}

	@Nullable String morphAlias() {
		return this.morphAlias;
	}

	@Override
	public RelationBuilder<T> morphAlias(String alias) {
		if (alias == null || alias.isBlank()) {
			throw new OrmUsageException("morphAlias of " + this.owner.getSimpleName() + " must not be blank");
		}
		this.morphAlias = alias;
		return this;
	}

	@Override
	public <R> RelationBuilder<T> morphOne(String name, Class<R> target, String morphName) {
		return declareMorph(RelationKind.MORPH_ONE, name, target, morphName);
	}

	@Override
	public <R> RelationBuilder<T> morphMany(String name, Class<R> target, String morphName) {
		return declareMorph(RelationKind.MORPH_MANY, name, target, morphName);
	}

	@Override
	public RelationBuilder<T> morphTo(String name) {
		return declareMorph(RelationKind.MORPH_TO, name, this.owner, name);
	}

	private RelationBuilder<T> declareMorph(RelationKind kind, String name, Class<?> target, String morphName) {
		check(name, target);
		requireMorphName(name, morphName);
		this.declarations.add(new RelationDeclaration(this.owner, name, kind, target, null, null, null, null, null,
				ForeignKeyOptions.NONE, DefinitionSite.current(), morphName));
		return this;
	}

	@Override
	public <R> RelationBuilder<T> morphToMany(String name, Class<R> target, String morphName,
			Consumer<ManyToManySpec<T, R>> spec) {
		return declareMorphThrough(RelationKind.MORPH_TO_MANY, name, target, morphName, spec);
	}

	@Override
	public <R> RelationBuilder<T> morphedByMany(String name, Class<R> target, String morphName,
			Consumer<ManyToManySpec<T, R>> spec) {
		return declareMorphThrough(RelationKind.MORPHED_BY_MANY, name, target, morphName, spec);
	}

	private <R> RelationBuilder<T> declareMorphThrough(RelationKind kind, String name, Class<R> target,
			String morphName, Consumer<ManyToManySpec<T, R>> spec) {
		requireMorphName(name, morphName);
		return declareThrough(kind, name, target, morphName, spec);
	}

	/**
	 * Declares a relation through a join model: manyToMany, or morphToMany/morphedByMany
	 * with a morph name.
	 */
	private <R> RelationBuilder<T> declareThrough(RelationKind kind, String name, Class<R> target,
			@Nullable String morphName, Consumer<ManyToManySpec<T, R>> spec) {
		check(name, target);
		String where = DefinitionSite.current();
		JoinModelOptionsSpec<T, R> join = new JoinModelOptionsSpec<>();
		spec.accept(join);
		this.declarations.add(new RelationDeclaration(this.owner, name, kind, target, null, null, join.joinModel(),
				join.from(), join.to(), join.options(), where, morphName));
		return this;
	}

	private void requireMorphName(String relation, String morphName) {
		if (morphName == null || morphName.isBlank() || morphName.contains(".")) {
			throw new OrmUsageException(this.owner.getSimpleName() + "." + relation + " needs a morph name naming its "
					+ "type and id columns, such as \"commentable\" for commentableType and commentableId");
		}
	}

	@Override
	public <R> RelationBuilder<T> hasOne(String name, Class<R> target, PropertyRef<R, ?> foreignKey) {
		return hasOne(name, target, foreignKey, (fk) -> {
		});
	}

	@Override
	public <R> RelationBuilder<T> hasOne(String name, Class<R> target, PropertyRef<R, ?> foreignKey,
			Consumer<ForeignKeySpec<T>> options) {
		return declareForeignKey(RelationKind.HAS_ONE, name, target, foreignKey, options);
	}

	@Override
	public <R> RelationBuilder<T> hasMany(String name, Class<R> target, PropertyRef<R, ?> foreignKey) {
		return hasMany(name, target, foreignKey, (fk) -> {
		});
	}

	@Override
	public <R> RelationBuilder<T> hasMany(String name, Class<R> target, PropertyRef<R, ?> foreignKey,
			Consumer<ForeignKeySpec<T>> options) {
		return declareForeignKey(RelationKind.HAS_MANY, name, target, foreignKey, options);
	}

	@Override
	public <R> RelationBuilder<T> belongsTo(String name, Class<R> target, PropertyRef<T, ?> foreignKey) {
		return belongsTo(name, target, foreignKey, (fk) -> {
		});
	}

	@Override
	public <R> RelationBuilder<T> belongsTo(String name, Class<R> target, PropertyRef<T, ?> foreignKey,
			Consumer<ForeignKeySpec<R>> options) {
		return declareForeignKey(RelationKind.BELONGS_TO, name, target, foreignKey, options);
	}

	private <K> RelationBuilder<T> declareForeignKey(RelationKind kind, String name, Class<?> target,
			PropertyRef<?, ?> foreignKey, Consumer<ForeignKeySpec<K>> options) {
		check(name, target);
		String where = DefinitionSite.current();
		String key = PropertyReferences.resolve(Objects.requireNonNull(foreignKey, "foreignKey")).property();
		ForeignKeyOptionsSpec<K> spec = new ForeignKeyOptionsSpec<>();
		options.accept(spec);
		this.declarations.add(new RelationDeclaration(this.owner, name, kind, target, key, spec.ownerKey(), null, null,
				null, spec.options(), where));
		return this;
	}

	@Override
	public <R> RelationBuilder<T> manyToMany(String name, Class<R> target, Consumer<ManyToManySpec<T, R>> spec) {
		return declareThrough(RelationKind.MANY_TO_MANY, name, target, null, spec);
	}

	private void check(String name, Class<?> target) {
		if (name == null || name.isBlank() || name.contains(".")) {
			throw new OrmUsageException("A relation of " + this.owner.getSimpleName() + " needs a name without dots "
					+ "(dots separate relation paths), got " + UserInput.quote(name) + "");
		}
		Objects.requireNonNull(target, () -> "the target model of " + this.owner.getSimpleName() + "." + name);
	}

	/**
	 * The options of a hasOne, hasMany or belongsTo.
	 */
	private static final class ForeignKeyOptionsSpec<K> implements ForeignKeySpec<K> {

		private ForeignKeyOptions options = ForeignKeyOptions.NONE;

		private @Nullable String ownerKey;

		@Override
		public ForeignKeySpec<K> onDelete(ReferentialAction action) {
			this.options = new ForeignKeyOptions(Objects.requireNonNull(action), this.options.onUpdate(),
					this.options.constraintName(), this.options.index());
			return this;
		}

		@Override
		public ForeignKeySpec<K> onUpdate(ReferentialAction action) {
			this.options = new ForeignKeyOptions(this.options.onDelete(), Objects.requireNonNull(action),
					this.options.constraintName(), this.options.index());
			return this;
		}

		@Override
		public ForeignKeySpec<K> constraintName(String name) {
			if (name == null || name.isBlank()) {
				throw new OrmUsageException("constraintName must not be blank");
			}
			this.options = new ForeignKeyOptions(this.options.onDelete(), this.options.onUpdate(), name,
					this.options.index());
			return this;
		}

		@Override
		public ForeignKeySpec<K> index() {
			this.options = new ForeignKeyOptions(this.options.onDelete(), this.options.onUpdate(),
					this.options.constraintName(), true);
			return this;
		}

		@Override
		public ForeignKeySpec<K> ownerKey(PropertyRef<K, ?> key) {
			this.ownerKey = PropertyReferences.resolve(key).property();
			return this;
		}

		ForeignKeyOptions options() {
			return this.options;
		}

		@Nullable String ownerKey() {
			return this.ownerKey;
		}

	}

}
