package io.contactcenter.platform.problem;

import java.lang.reflect.Method;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;

/** The words of a role-based 403: the roles the operation accepts, read from its {@code @RolesAllowed}. */
final class RoleDenial {

    private RoleDenial() {
    }

    static String detail(ResourceInfo resource) {
        RolesAllowed allowed = rolesAllowed(resource);
        if (allowed == null) {
            return "the token's roles do not allow this operation";
        }
        return "the token's groups claim holds none of the roles this operation accepts: "
                + String.join(", ", allowed.value());
    }

    private static RolesAllowed rolesAllowed(ResourceInfo resource) {
        Method method = resource == null ? null : resource.getResourceMethod();
        if (method == null) {
            return null;
        }
        RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
        return onMethod != null ? onMethod : resource.getResourceClass().getAnnotation(RolesAllowed.class);
    }
}
