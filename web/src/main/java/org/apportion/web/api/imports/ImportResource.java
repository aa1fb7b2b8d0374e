package org.apportion.web.api.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apportion.batch.imports.DropFolderImports;
import org.apportion.batch.imports.ImportJobs;
import org.apportion.imports.BillFormat;
import org.apportion.imports.ImportBatch;
import org.apportion.imports.ImportService;
import org.apportion.imports.RejectionPolicy;
import org.apportion.security.Roles;
import org.apportion.web.api.Page;
import org.apportion.web.api.Problem;

/** {@code /api/v1/imports}: upload bill files, follow their import, list past imports, restart failed ones. */
@Path("imports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    private static final int MAX_PAGE_SIZE = 1000;
    private static final int MAX_REJECTIONS_SHOWN = ImportService.MAX_STORED_REJECTIONS;

    @Inject
    private ImportJobs jobs;

    @Inject
    private ImportService imports;

    @Inject
    private DropFolderImports dropFolder;

    @Context
    private UriInfo uri;

    @Context
    private SecurityContext security;

    /**
     * The file as the request body; its name in {@code filename}; {@code policy} {@code strict} (default: any
     * bad row refuses the file) or {@code quarantine} (good rows kept); {@code format} to read the file as that
     * format instead of recognising it; {@code mapping} to read a CSV through a saved column mapping
     * (format {@code CSV_MAPPED}). Answers 202 with the batch.
     */
    @POST
    @Consumes(MediaType.APPLICATION_OCTET_STREAM)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.FINANCE})
    public Response upload(@QueryParam("filename") String fileName, @QueryParam("policy") String policy,
                           @QueryParam("format") String format, @QueryParam("mapping") String mapping,
                           InputStream body) throws IOException {
        if (fileName == null || fileName.isBlank()) {
            return Problem.response(Response.Status.BAD_REQUEST, "Name the file in the 'filename' query parameter.",
                    List.of(new Problem.FieldError("filename", null, "required")));
        }
        Optional<RejectionPolicy> rejectionPolicy = rejectionPolicy(policy);
        if (rejectionPolicy.isEmpty()) {
            return badPolicy(policy);
        }
        Optional<BillFormat> billFormat = format == null || format.isBlank() ? Optional.empty()
                : Arrays.stream(BillFormat.values()).filter(f -> f.name().equalsIgnoreCase(format.strip())).findFirst();
        if (format != null && !format.isBlank() && billFormat.isEmpty()) {
            return Problem.response(Response.Status.BAD_REQUEST, "Unknown format '" + format + "': use one of "
                    + Arrays.toString(BillFormat.values()) + ", or leave it out to recognise the file by its header.",
                    List.of(new Problem.FieldError("format", null, "unknown format")));
        }
        if (mapping != null && !mapping.isBlank()) {
            if (billFormat.isPresent() && billFormat.get() != BillFormat.CSV_MAPPED) {
                return Problem.response(Response.Status.BAD_REQUEST, "A file read through a column mapping has format "
                        + "CSV_MAPPED, not " + billFormat.get() + ".",
                        List.of(new Problem.FieldError("format", null, "CSV_MAPPED or nothing with a mapping")));
            }
            return accepted(jobs.submitMapped(fileName, body, submitter(), rejectionPolicy.get(), mapping.strip()));
        }
        if (billFormat.orElse(null) == BillFormat.CSV_MAPPED) {
            return Problem.response(Response.Status.BAD_REQUEST, "Format CSV_MAPPED needs the name of a column "
                    + "mapping in the 'mapping' query parameter.", List.of(new Problem.FieldError("mapping", null, "required")));
        }
        return accepted(jobs.submit(fileName, body, submitter(), rejectionPolicy.get(), billFormat.orElse(null)));
    }

    /** The file as multipart form field {@code file}; {@code policy} as for the plain upload. */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.OPERATOR, Roles.FINANCE})
    public Response uploadForm(@FormParam("file") EntityPart file, @QueryParam("policy") String policy)
            throws IOException {
        if (file == null) {
            return Problem.response(Response.Status.BAD_REQUEST, "Send the bill as multipart form field 'file'.",
                    List.of(new Problem.FieldError("file", null, "required")));
        }
        Optional<RejectionPolicy> rejectionPolicy = rejectionPolicy(policy);
        if (rejectionPolicy.isEmpty()) {
            return badPolicy(policy);
        }
        try (InputStream content = file.getContent()) {
            return accepted(jobs.submit(file.getFileName().orElse("upload"), content, submitter(),
                    rejectionPolicy.get()));
        }
    }

    /** Imports the files waiting in the drop folder now, rather than at the nightly run. */
    @POST
    @Path("drop-folder/scan")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public Response scanDropFolder() throws IOException {
        List<ImportBatchView> submitted = dropFolder.scan().stream().map(b -> ImportBatchView.of(b, List.of())).toList();
        return Response.accepted(new Page<>(submitted, 0, submitted.size(), submitted.size())).build();
    }

    /** The refused rows of an import with the source's header, to correct and import again. */
    @GET
    @Path("{id}/rejected-rows")
    @Produces("text/csv")
    @RolesAllowed({Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Response rejectedRows(@PathParam("id") long id) {
        ImportBatch batch = imports.find(id).orElseThrow(() -> new NotFoundException("No import batch " + id));
        StreamingOutput csv = out -> imports.exportRejectedRows(id,
                new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return Response.ok(csv).header("Content-Disposition",
                "attachment; filename=\"rejected-rows-" + id + "-" + asciiName(batch.getFileName()) + "\"").build();
    }

    private static String asciiName(String fileName) {
        String name = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.endsWith(".csv") ? name : name + ".csv";
    }

    private static Optional<RejectionPolicy> rejectionPolicy(String policy) {
        if (policy == null || policy.isBlank()) {
            return Optional.of(RejectionPolicy.STRICT);
        }
        return Arrays.stream(RejectionPolicy.values())
                .filter(p -> p.name().equalsIgnoreCase(policy.strip()))
                .findFirst();
    }

    private static Response badPolicy(String policy) {
        return Problem.response(Response.Status.BAD_REQUEST, "Unknown policy '" + policy
                        + "': use strict (any bad row refuses the file) or quarantine (good rows are kept).",
                List.of(new Problem.FieldError("policy", null, "strict or quarantine")));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public ImportBatchView get(@PathParam("id") long id) {
        ImportBatch batch = imports.find(id).orElseThrow(() -> new NotFoundException("No import batch " + id));
        return ImportBatchView.of(batch, imports.rejections(id, MAX_REJECTIONS_SHOWN));
    }

    @GET
    @RolesAllowed({Roles.VIEWER, Roles.FINANCE, Roles.ADMIN, Roles.OPERATOR})
    public Response list(@QueryParam("page") @DefaultValue("0") int page,
                         @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 0 || size < 1 || size > MAX_PAGE_SIZE) {
            return Problem.response(Response.Status.BAD_REQUEST,
                    "page must be 0 or more and size between 1 and " + MAX_PAGE_SIZE + ".");
        }
        List<ImportBatchView> items = imports.list(page, size).stream()
                .map(b -> ImportBatchView.of(b, List.of()))
                .toList();
        return Response.ok(new Page<>(items, page, size, imports.count())).build();
    }

    /** Restarts a FAILED or STOPPED import from its last checkpoint. */
    @POST
    @Path("{id}/restart")
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public Response restart(@PathParam("id") long id) {
        if (imports.find(id).isEmpty()) {
            throw new NotFoundException("No import batch " + id);
        }
        return accepted(jobs.restart(id));
    }

    private Response accepted(ImportBatch batch) {
        return Response.accepted(ImportBatchView.of(batch, List.of()))
                .location(uri.getBaseUriBuilder().path("imports").path(Long.toString(batch.getId())).build())
                .build();
    }

    private String submitter() {
        return security != null && security.getUserPrincipal() != null
                ? security.getUserPrincipal().getName() : "anonymous";
    }
}
