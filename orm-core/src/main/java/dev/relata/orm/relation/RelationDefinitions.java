package dev.relata.orm.relation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import dev.relata.orm.exception.OrmUsageException;
import dev.relata.orm.schema.RelationDeclaration;
import dev.relata.orm.schema.RelationSource;
import org.jspecify.annotations.Nullable;

/**
 * The relations of one model, defined outside the model class. Hand them to
 * {@code OrmSchema.builder().relations(...)} (or declare them as beans with the Spring
 * Boot starter); several definitions may exist for one model.
 *
 * <pre class="code">
 * RelationDefinitions&lt;User&gt; userRelations = RelationDefinitions.of(User.class, r -&gt; r
 *     .hasOne("profile", Profile.class, Profile::userId)
 *     .hasMany("posts", Post.class, Post::userId)
 *     .belongsTo("role", Role.class, User::roleId, fk -&gt; fk.onDelete(ReferentialAction.RESTRICT))
 *     .manyToMany("tags", Tag.class, m -&gt; m.through(UserTag.class).from(UserTag::userId).to(UserTag::tagId)));
 * </pre>
 *
 * @param <T> the model the relations belong to
 */
public final class RelationDefinitions<T> implements RelationSource {

	private final Class<T> modelType;

	private final List<RelationDeclaration> declarations;

	private final @Nullable String morphAlias;

	private RelationDefinitions(Class<T> modelType, List<RelationDeclaration> declarations,
			@Nullable String morphAlias) {
		this.modelType = modelType;
		this.declarations = List.copyOf(declarations);
		this.morphAlias = morphAlias;
	}

	/**
	 * Defines relations of a model.
	 * @param <T> the model type
	 * @param modelType the model
	 * @param definitions declares the relations on the given builder
	 * @return the definitions
	 */
	public static <T> RelationDefinitions<T> of(Class<T> modelType, Consumer<RelationBuilder<T>> definitions) {
		Objects.requireNonNull(modelType, "modelType");
		List<RelationDeclaration> declarations = new ArrayList<>();
		DeclaringRelationBuilder<T> builder = new DeclaringRelationBuilder<>(modelType, declarations);
		definitions.accept(builder);
		if (declarations.isEmpty() && builder.morphAlias() == null) {
			throw new OrmUsageException("RelationDefinitions.of(" + modelType.getSimpleName()
					+ ".class, r -> ...) declares no relation; call r.hasMany(...), r.belongsTo(...) and so on");
		}
		return new RelationDefinitions<>(modelType, declarations, builder.morphAlias());
	}

	/**
	 * Returns the model the relations belong to.
	 * @return the model type
	 */
	public Class<T> modelType() {
		return this.modelType;
	}

	@Override
	public List<RelationDeclaration> declarations() {
		return this.declarations;
	}

	@Override
	public Map<Class<?>, String> morphAliases() {
		return (this.morphAlias != null) ? Map.of(this.modelType, this.morphAlias) : Map.of();
	}

	@Override
	public String toString() {
		return "RelationDefinitions<" + this.modelType.getSimpleName() + ">"
				+ this.declarations.stream().map(RelationDeclaration::name).toList();
	}

}
