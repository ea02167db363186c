package gov.disclosure.openapi;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.TreeMap;

/**
 * The answers every operation of both services can give, added to the API descriptions in one place instead of on
 * each resource method: a token-protected operation answers 401 and 403; every operation refuses a query parameter
 * it does not have with 400 (InvalidParameter), unless it declares its own 400; every operation may be refused with
 * 503 (ServiceUnavailable) while the service is busy ({@code gov.disclosure.admission}) or its database unreachable.
 * Responses are listed by status. Each service defines the {@code Unauthorized}, {@code Forbidden},
 * {@code InvalidParameter} and {@code ServiceUnavailable} responses among its components; registered with
 * {@code mp.openapi.filter}.
 */
public class CommonResponses implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                addTo(operation);
            }
        }
    }

    private static void addTo(Operation operation) {
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            return;
        }
        if (!responses.hasAPIResponse("400")) {
            responses.addAPIResponse("400", reference("InvalidParameter"));
        }
        if (!responses.hasAPIResponse("503")) {
            responses.addAPIResponse("503", reference("ServiceUnavailable"));
        }
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            describe(responses, "401", "Unauthorized");
            describe(responses, "403", "Forbidden");
        }
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
    }

    /** The framework adds a bare 401 and 403 to every protected operation: ours say what the problem is. */
    private static void describe(APIResponses responses, String status, String component) {
        APIResponse declared = responses.getAPIResponse(status);
        if (declared == null || declared.getRef() == null) {
            responses.addAPIResponse(status, reference(component));
        }
    }

    private static APIResponse reference(String component) {
        return OASFactory.createAPIResponse().ref(component);
    }
}
