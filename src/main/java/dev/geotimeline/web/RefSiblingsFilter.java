package dev.geotimeline.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * A property that refers to another schema (an enum such as {@code ActorKind}, {@code LocalDate},
 * {@code ExternalKey}) keeps its {@code $ref}, description and examples, but not the {@code type}
 * that the annotation scanner copies next to it from the Java field: the referenced schema already
 * says it, and client generators drop such a type with a warning. Runs at build time.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class RefSiblingsFilter implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        if (schema.getRef() != null && schema.getType() != null) {
            schema.setType(null);
        }
        return schema;
    }
}
