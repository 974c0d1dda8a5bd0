# Runs `cpack -G DEB` and checks the package lists the expected files.
file(REMOVE_RECURSE ${WORK})
execute_process(COMMAND ${CPACK} -G DEB --config ${CONFIG} -B ${WORK} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cpack failed:\n${out}")
endif()
file(GLOB debs ${WORK}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected one .deb in ${WORK}, found: ${debs}")
endif()
execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE listing RESULT_VARIABLE rc)
foreach(expected usr/bin/imr-workbench
                 usr/share/applications/org.imrworkbench.IMRWorkbench.desktop
                 usr/share/metainfo/org.imrworkbench.IMRWorkbench.metainfo.xml
                 usr/share/icons/hicolor/scalable/apps/org.imrworkbench.IMRWorkbench.svg
                 usr/share/imr-workbench/examples/letters/CM16-0900101.txt
                 usr/share/doc/imr-workbench/copyright
                 usr/share/doc/imr-workbench/changelog.gz
                 usr/share/man/man1/imr-workbench.1.gz)
    string(FIND "${listing}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "${expected} missing from the package:\n${listing}")
    endif()
endforeach()
# Loaded at run time, not linked: declared by hand.
execute_process(COMMAND dpkg-deb -f ${debs} Depends OUTPUT_VARIABLE depends RESULT_VARIABLE rc)
foreach(expected libqt6sql6-sqlite qt6-qpa-plugins)
    string(FIND "${depends}" "${expected}" at)
    if(at EQUAL -1)
        message(FATAL_ERROR "the package does not depend on ${expected}: ${depends}")
    endif()
endforeach()
# Debian's checks: no errors. Warnings are printed for the record.
if(LINTIAN)
    execute_process(COMMAND ${LINTIAN} --fail-on error --tag-display-limit 0 ${debs}
                    RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
    message(STATUS "lintian:\n${out}")
    if(NOT rc EQUAL 0)
        message(FATAL_ERROR "lintian reports errors on ${debs}:\n${out}")
    endif()
else()
    message(WARNING "lintian not found: the package is not checked against Debian policy")
endif()
message(STATUS "package ok: ${debs}")
