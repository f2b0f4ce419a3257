package dev.relata.sample.api;

import java.util.List;

import dev.relata.orm.schema.OrmSchema;
import dev.relata.orm.schema.Relation;

import org.springframework.stereotype.Component;

/**
 * Checks relation paths from a request against Relata's schema before a query is built,
 * so that an unknown relation is a 400 naming the parameter, the model and the relations
 * it has (Relata would refuse it too, with the same message but without the parameter).
 */
@Component
public class RelationPaths {

	private final OrmSchema schema;

	/**
	 * Creates the checker.
	 * @param schema the application's schema
	 */
	public RelationPaths(OrmSchema schema) {
		this.schema = schema;
	}

	/**
	 * Checks that each segment of each path is a relation of the model it follows.
	 * @param model the model the paths start from
	 * @param field the request parameter, for the error
	 * @param paths dotted relation paths, such as {@code posts.tags}
	 * @throws InvalidParameterException for the first unknown relation
	 */
	public void check(Class<?> model, String field, List<String> paths) {
		for (String path : paths) {
			Class<?> current = model;
			for (String segment : path.split("\\.")) {
				current = relation(current, segment, field, path).target().type();
			}
		}
	}

	private Relation relation(Class<?> model, String name, String field, String path) {
		List<Relation> relations = this.schema.relations(model);
		return relations.stream()
			.filter((relation) -> relation.name().equals(name))
			.findFirst()
			.orElseThrow(() -> InvalidParameterException.unknownRelation(field, path, this.schema.model(model).name(),
					name, relations.stream().map(Relation::name).sorted().toList()));
	}

}
