package dev.relata.orm.verify;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.relata.orm.internal.catalog.CatalogTable;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.Relation;

/**
 * Per many-to-many: its join table has a primary key or unique index on the pair of keys
 * (in either order), reported once per join table and pair; and an index starts with the
 * key pointing at the target, so the relation can be read from the target's side.
 */
final class JoinModelChecks {

	private final VerificationContext context;

	private final Set<List<Object>> reportedPairs = new HashSet<>();

	private JoinModelChecks(VerificationContext context) {
		this.context = context;
	}

	static void check(VerificationContext context) {
		JoinModelChecks checks = new JoinModelChecks(context);
		for (EntityModel<?> model : context.schema().models()) {
			for (Relation relation : context.schema().relations(model.type())) {
				if (relation.joinModelReferencesBothSides()) {
					checks.check(relation);
				}
			}
		}
	}

	private void check(Relation relation) {
		EntityModel<?> through = relation.through().orElseThrow();
		String left = TableChecks.column(relation.throughSourceKey().orElseThrow());
		String right = TableChecks.column(relation.throughTargetKey().orElseThrow());
		Optional<CatalogTable> table = this.context.table(through);
		if (table.isEmpty() || table.get().column(left).isEmpty() || table.get().column(right).isEmpty()) {
			// reported as a missing table or column
			return;
		}
		String name = VerificationContext.tableName(through).toString();
		List<String> pair = List.of(left, right);
		if (!table.get().hasUniqueKeyOn(pair) && this.reportedPairs.add(List.of(through, Set.copyOf(pair)))) {
			this.context.add(FindingKind.JOIN_MODEL_WITHOUT_UNIQUE_PAIR, relation.source().name(), relation.name(),
					through, null,
					"The join table " + name + " of " + relation.qualifiedName()
							+ " has no primary key or unique index on (" + left + ", " + right
							+ "), so one pair can be stored twice",
					this.context.ddl().createUniqueIndex(VerificationContext.tableName(through), pair));
		}
		if (!table.get().hasIndexLeadingWith(List.of(right))) {
			this.context.add(FindingKind.JOIN_MODEL_RIGHT_SIDE_UNINDEXED, relation.source().name(), relation.name(),
					through, right,
					"No index of the join table " + name + " starts with " + right + ", so reading "
							+ relation.qualifiedName() + " from the " + relation.target().name()
							+ " side and deleting from " + relation.target().table() + " scan " + name,
					this.context.ddl().createIndex(VerificationContext.tableName(through), List.of(right)));
		}
	}

}
