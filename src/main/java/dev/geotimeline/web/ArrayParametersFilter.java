package dev.geotimeline.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.List;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Declares every query parameter that takes several values as {@code style: form, explode: true}
 * (type=CONSULT&type=AID), which is how the API reads them and how Swagger UI's form then sends
 * one value per line. Done here rather than in each {@code @Parameter}: the annotation scanner
 * pairs a {@code @Parameter} that sets a style with the wrong method parameter. Runs at build time.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ArrayParametersFilter implements OASFilter {

    @Override
    public Parameter filterParameter(Parameter parameter) {
        Schema schema = parameter.getSchema();
        if (parameter.getIn() == Parameter.In.QUERY
                && schema != null
                && schema.getType() != null
                && schema.getType().equals(List.of(Schema.SchemaType.ARRAY))) {
            parameter.setStyle(Parameter.Style.FORM);
            parameter.setExplode(true);
        }
        return parameter;
    }
}
