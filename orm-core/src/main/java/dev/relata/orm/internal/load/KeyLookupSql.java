package dev.relata.orm.internal.load;

import java.util.ArrayList;
import java.util.List;

import dev.relata.orm.internal.jdbc.DatabaseProfile;
import dev.relata.orm.internal.query.QueryCompiler;
import dev.relata.orm.schema.EntityModel;
import dev.relata.orm.schema.ModelProperty;
import dev.relata.orm.internal.sql.And;
import dev.relata.orm.internal.sql.Bind;
import dev.relata.orm.internal.sql.ColumnRef;
import dev.relata.orm.internal.sql.Comparison;
import dev.relata.orm.internal.sql.ComparisonOperator;
import dev.relata.orm.internal.sql.Condition;
import dev.relata.orm.internal.sql.Select;
import dev.relata.orm.internal.sql.SelectItem;

/**
 * Renders the select of one row by key, for {@code findById}.
 */
final class KeyLookupSql {

	private KeyLookupSql() {
	}

	static String render(EntityModel<?> model, DatabaseProfile profile) {
		String alias = QueryCompiler.ROOT_ALIAS;
		List<SelectItem> items = new ArrayList<>();
		for (ModelProperty column : model.columns()) {
			items.add(new SelectItem(new ColumnRef(alias, column.column()), null));
		}
		List<Condition> keys = new ArrayList<>();
		for (ModelProperty key : model.keys()) {
			keys.add(new Comparison(new ColumnRef(alias, key.column()), ComparisonOperator.EQ,
					new Bind(null, key.columnType())));
		}
		model.softDelete()
			.ifPresent((deletedAt) -> keys
				.add(new dev.relata.orm.internal.sql.NullCheck(new ColumnRef(alias, deletedAt.column()), false)));
		Condition where = (keys.size() == 1) ? keys.get(0) : new And(keys);
		Select select = new Select(List.of(), false, items, QueryCompiler.table(model, alias), List.of(), where,
				List.of(), null, List.of(), null, null, false);
		return profile.renderer().render(select).sql();
	}

}
