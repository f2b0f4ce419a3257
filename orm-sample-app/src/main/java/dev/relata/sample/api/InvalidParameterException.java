package dev.relata.sample.api;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request parameter or body field that cannot be used: a 400 problem whose
 * {@code field} property names it.
 */
public final class InvalidParameterException extends ErrorResponseException {

	private InvalidParameterException(ProblemDetail problem) {
		super(HttpStatus.BAD_REQUEST, problem, null);
	}

	/**
	 * Creates the exception for a field.
	 * @param field the parameter or body field, such as {@code limit} or
	 * {@code posts[0].tagIds}
	 * @param detail what is wrong and what is expected
	 * @return the exception
	 */
	public static InvalidParameterException of(String field, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid parameter");
		problem.setProperty("field", field);
		return new InvalidParameterException(problem);
	}

	/**
	 * Creates the exception for a relation path naming a relation that does not exist.
	 * @param field the parameter, such as {@code load}
	 * @param path the path as given, such as {@code posts.tagz}
	 * @param model the model that lacks the relation
	 * @param relation the unknown relation
	 * @param existing the relations the model has, sorted
	 * @return the exception
	 */
	public static InvalidParameterException unknownRelation(String field, String path, String model, String relation,
			List<String> existing) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				model + " has no relation '" + relation + "'; it has: " + String.join(", ", existing));
		problem.setTitle("Unknown relation");
		problem.setProperty("field", field);
		problem.setProperty("path", path);
		problem.setProperty("model", model);
		problem.setProperty("relation", relation);
		problem.setProperty("existing", existing);
		return new InvalidParameterException(problem);
	}

}
