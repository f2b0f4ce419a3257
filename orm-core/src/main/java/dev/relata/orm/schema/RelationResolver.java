package dev.relata.orm.schema;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Resolves relation declarations against the assembled models: finds the models and key
 * properties they name, checks kinds, key types, names and slots, and collects the
 * foreign keys they imply. Every problem is added to the shared list, naming the model,
 * the relation, where it was defined, and the fix.
 */
final class RelationResolver {

	private final Map<Class<?>, EntityModel<?>> models;

	private final List<String> problems;

	private final Map<Class<?>, Map<String, Relation>> relations = new LinkedHashMap<>();

	private final Map<Class<?>, Map<String, RelationDeclaration>> declared = new LinkedHashMap<>();

	private final ForeignKeyCollector foreignKeys;

	private final Map<Class<?>, String> morphAliases;

	private List<RelationDeclaration> all = List.of();

	RelationResolver(Map<Class<?>, EntityModel<?>> models, List<String> problems, Map<Class<?>, String> morphAliases) {
		this.models = models;
		this.problems = problems;
		this.foreignKeys = new ForeignKeyCollector(problems);
		this.morphAliases = morphAliases;
	}

	Map<Class<?>, Map<String, Relation>> resolve(List<RelationDeclaration> declarations) {
		this.all = List.copyOf(declarations);
		for (RelationDeclaration declaration : declarations) {
			if (register(declaration)) {
				resolve(declaration);
			}
		}
		for (EntityModel<?> model : this.models.values()) {
			checkUnclaimedSlots(model);
		}
		return this.relations;
	}

	List<ForeignKey> foreignKeys() {
		return this.foreignKeys.foreignKeys();
	}

	private boolean register(RelationDeclaration declaration) {
		String name = declaration.owner().getSimpleName() + "." + declaration.name();
		if (!this.models.containsKey(declaration.owner())) {
			problem(name, declaration, declaration.owner().getSimpleName() + " is not a model of the schema; add it "
					+ "with OrmSchema.builder().models(...)");
			return false;
		}
		RelationDeclaration previous = this.declared.computeIfAbsent(declaration.owner(), (k) -> new LinkedHashMap<>())
			.putIfAbsent(declaration.name(), declaration);
		if (previous != null) {
			this.problems.add(name + ": defined twice, at " + previous.definedBy() + " and at "
					+ declaration.definedBy() + "; relation names must be unique per model");
			return false;
		}
		return true;
	}

	private void resolve(RelationDeclaration declaration) {
		EntityModel<?> source = this.models.get(declaration.owner());
		String name = source.name() + "." + declaration.name();
		EntityModel<?> target = this.models.get(declaration.target());
		if (target == null) {
			problem(name, declaration, "its target " + declaration.target().getSimpleName()
					+ " is not a model of the schema; add it with OrmSchema.builder().models(...)");
			return;
		}
		Optional<ModelProperty> clash = source.findProperty(declaration.name())
			.filter((p) -> p.kind() == PropertyKind.COLUMN);
		if (clash.isPresent()) {
			problem(name, declaration, "the name is taken by the column property " + clash.get().qualifiedName()
					+ "; give the relation another name");
			return;
		}
		Relation relation = switch (declaration.kind()) {
			case HAS_ONE, HAS_MANY -> hasRelation(declaration, source, target);
			case BELONGS_TO -> belongsTo(declaration, source, target);
			case MANY_TO_MANY -> manyToMany(declaration, source, target);
			case MORPH_ONE, MORPH_MANY -> MorphRelations.owner(this, declaration, source, target);
			case MORPH_TO -> MorphRelations.morphTo(this, declaration, source);
			case MORPH_TO_MANY, MORPHED_BY_MANY -> MorphRelations.throughJoinModel(this, declaration, source, target);
		};
		if (relation != null && checkSlot(relation, declaration)) {
			this.relations.computeIfAbsent(source.type(), (k) -> new LinkedHashMap<>()).put(relation.name(), relation);
		}
	}

	private @Nullable Relation hasRelation(RelationDeclaration d, EntityModel<?> source, EntityModel<?> target) {
		ModelProperty foreignKey = column(d, target, d.foreignKey(), "foreign key");
		ModelProperty referenced = referencedKey(d, source, d.referencedKey());
		if (foreignKey == null || referenced == null || !compatible(d, foreignKey, referenced)) {
			return null;
		}
		this.foreignKeys.add(target, foreignKey, source, referenced, d);
		return new Relation(d, source, target, referenced, foreignKey, null, null, null, slot(source, d));
	}

	private @Nullable Relation belongsTo(RelationDeclaration d, EntityModel<?> source, EntityModel<?> target) {
		ModelProperty foreignKey = column(d, source, d.foreignKey(), "foreign key");
		ModelProperty referenced = referencedKey(d, target, d.referencedKey());
		if (foreignKey == null || referenced == null || !compatible(d, foreignKey, referenced)) {
			return null;
		}
		this.foreignKeys.add(source, foreignKey, target, referenced, d);
		return new Relation(d, source, target, foreignKey, referenced, null, null, null, slot(source, d));
	}

	private @Nullable Relation manyToMany(RelationDeclaration d, EntityModel<?> source, EntityModel<?> target) {
		String name = source.name() + "." + d.name();
		EntityModel<?> through = (d.through() != null) ? this.models.get(d.through()) : null;
		if (through == null) {
			problem(name, d,
					(d.through() == null)
							? "a manyToMany needs its join model: m -> m.through(Join.class)"
									+ ".from(Join::ownerId).to(Join::targetId)"
							: "its join model " + d.through().getSimpleName()
									+ " is not a model of the schema; add it with OrmSchema.builder().models(...)");
			return null;
		}
		ModelProperty from = column(d, through, d.throughFrom(), "join key from(...)");
		ModelProperty to = column(d, through, d.throughTo(), "join key to(...)");
		ModelProperty sourceKey = referencedKey(d, source, null);
		ModelProperty targetKey = referencedKey(d, target, null);
		if (from == null || to == null || sourceKey == null || targetKey == null || !compatible(d, from, sourceKey)
				|| !compatible(d, to, targetKey)) {
			return null;
		}
		this.foreignKeys.add(through, from, source, sourceKey, d);
		this.foreignKeys.add(through, to, target, targetKey, d);
		return new Relation(d, source, target, sourceKey, targetKey, through, from, to, slot(source, d));
	}

	@Nullable ModelProperty column(RelationDeclaration d, EntityModel<?> model, @Nullable String property, String role) {
		String name = d.owner().getSimpleName() + "." + d.name();
		if (property == null) {
			problem(name, d, "its " + role + " is missing");
			return null;
		}
		Optional<ModelProperty> found = model.findProperty(property);
		if (found.isEmpty() || found.get().kind() != PropertyKind.COLUMN) {
			problem(name, d,
					"its " + role + " '" + property + "' is not a column of " + model.name() + "; " + model.name()
							+ " has: " + String.join(", ", model.columns().stream().map(ModelProperty::name).toList()));
			return null;
		}
		return found.get();
	}

	@Nullable ModelProperty referencedKey(RelationDeclaration d, EntityModel<?> model, @Nullable String property) {
		if (property != null) {
			return column(d, model, property, "referenced key");
		}
		if (model.keys().size() != 1) {
			problem(d.owner().getSimpleName() + "." + d.name(), d,
					model.name() + " has a composite key; relations to or from a model with a composite key are "
							+ "not supported yet: reference a single-column unique key with ownerKey(...)");
			return null;
		}
		return model.keys().get(0);
	}

	boolean compatible(RelationDeclaration d, ModelProperty foreignKey, ModelProperty referenced) {
		Class<?> a = KeyTypes.box(foreignKey.columnType());
		Class<?> b = KeyTypes.box(referenced.columnType());
		if (a == b || (KeyTypes.integral(a) && KeyTypes.integral(b))) {
			return true;
		}
		problem(d.owner().getSimpleName() + "." + d.name(), d,
				foreignKey.qualifiedName() + " (" + foreignKey.javaType().getSimpleName() + ") cannot reference "
						+ referenced.qualifiedName() + " (" + referenced.javaType().getSimpleName()
						+ "); give both the same type");
		return false;
	}

	@Nullable ModelProperty slot(EntityModel<?> source, RelationDeclaration d) {
		return source.findProperty(d.name()).filter((p) -> p.kind() == PropertyKind.RELATION_SLOT).orElse(null);
	}

	private boolean checkSlot(Relation relation, RelationDeclaration d) {
		ModelProperty slot = relation.slot().orElse(null);
		if (slot == null) {
			return true;
		}
		if (relation.kind() == RelationKind.MORPH_TO) {
			boolean fits = relation.morphTargets()
				.values()
				.stream()
				.allMatch((t) -> slot.javaType().isAssignableFrom(t.type()));
			if (!fits) {
				problem(relation.qualifiedName(), d,
						"the property " + slot.name() + " must be a type every target "
								+ "of the morphTo can be assigned to (such as Object or a common interface of "
								+ relation.morphTargets().values().stream().map(EntityModel::name).toList() + ")");
			}
			return fits;
		}
		String target = relation.target().type().getSimpleName();
		boolean ok = relation.toMany()
				? slot.javaType() == List.class && elementType(slot.genericType()) == relation.target().type()
				: slot.javaType() == relation.target().type();
		if (!ok) {
			problem(relation.qualifiedName(), d,
					"the property " + slot.name() + " must be "
							+ (relation.toMany() ? "a List<" + target + ">" : "a " + target) + " to hold this "
							+ relation.kind().label() + " relation");
		}
		return ok;
	}

	/**
	 * Returns the type value of a model in polymorphic relations: its explicit alias,
	 * else its table name.
	 */
	String morphAlias(EntityModel<?> model) {
		return this.morphAliases.getOrDefault(model.type(), model.table());
	}

	List<RelationDeclaration> declarations() {
		return this.all;
	}

	Map<Class<?>, EntityModel<?>> models() {
		return this.models;
	}

	private static @Nullable Type elementType(Type type) {
		if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length == 1) {
			return parameterized.getActualTypeArguments()[0];
		}
		return null;
	}

	private void checkUnclaimedSlots(EntityModel<?> model) {
		Map<String, Relation> own = this.relations.getOrDefault(model.type(), Map.of());
		Map<String, RelationDeclaration> declaredHere = this.declared.getOrDefault(model.type(), Map.of());
		for (ModelProperty property : model.properties()) {
			if (property.kind() == PropertyKind.RELATION_SLOT && !own.containsKey(property.name())
					&& !declaredHere.containsKey(property.name())) {
				this.problems.add(property.qualifiedName() + ": a " + property.javaType().getSimpleName()
						+ " property that no relation claims; define a relation named '" + property.name()
						+ "' with RelationDefinitions.of(" + model.name() + ".class, r -> ...), or register a "
						+ "ValueConverter if it is a column");
			}
		}
	}

	void problem(String relation, RelationDeclaration declaration, String message) {
		this.problems.add(relation + " (defined at " + declaration.definedBy() + "): " + message);
	}

}
