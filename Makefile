# Carnet — the two commands: `make run` and `make test` (both set everything up).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEB_TEST_PACKAGES := poppler-utils sqlcipher
DEB_A11Y_PACKAGES := xvfb openbox at-spi2-core python3-pyatspi dbus-x11 libxcb-cursor0 \
	libxcb-icccm4 libxcb-keysyms1

.PHONY: run test demo lint screenshots bench clean debs translations package icons

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e ".[test]"
	touch $(STAMP)

translations: $(STAMP)
	@$(PY) -m carnet.i18n_build 2>/dev/null || true

run: $(STAMP) translations
	$(PY) -m carnet

demo: $(STAMP) translations
	$(PY) -m carnet --demo

# Debian packages some tests read results with (pdftotext, the sqlcipher shell) and the
# screen-reader walk runs on (X server, window manager, AT-SPI bus, pyatspi, Qt's xcb).
# Installed when missing and apt-get is usable; otherwise those tests skip with a reason.
debs:
	@missing=""; \
	command -v pdftotext >/dev/null 2>&1 || missing="$$missing poppler-utils"; \
	command -v sqlcipher >/dev/null 2>&1 || missing="$$missing sqlcipher"; \
	for pkg in $(DEB_A11Y_PACKAGES); do \
	  dpkg -s $$pkg >/dev/null 2>&1 || missing="$$missing $$pkg"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if command -v apt-get >/dev/null 2>&1 && [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian packages:$$missing"; \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing) >/dev/null 2>&1 \
	      || echo "warning: could not install$$missing; the tests that need them will skip"; \
	  else echo "note:$$missing missing and apt-get unusable; the tests that need them will skip"; fi; \
	fi

# The suite on every core (pytest-xdist: one worker a logical CPU, 2 on CI); tests sharing a
# costly module fixture run on one worker (their xdist_group). PYTEST_ARGS="-n 0" runs
# it in one process.
PYTEST_ARGS ?= -n logical --dist loadgroup

test: $(STAMP) translations debs
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q $(PYTEST_ARGS)
	$(PY) -m ruff check carnet tests bench tools

lint: $(STAMP)
	$(PY) -m ruff check carnet tests bench tools

screenshots: $(STAMP) translations
	QT_QPA_PLATFORM=offscreen $(PY) -m carnet.ui.screenshots docs/screenshots --lang fr
	QT_QPA_PLATFORM=offscreen $(PY) -m carnet.ui.screenshots docs/screenshots/en --lang en

bench: $(STAMP)
	$(PY) bench/bench_store.py

# The wheel and the one-folder app in dist/ (see docs/packaging.md). Needs the
# `package` extra (build, PyInstaller), installed here; `make test` does not.
PACKAGE_STAMP := $(VENV)/.installed-package

$(PACKAGE_STAMP): $(STAMP)
	$(PY) -m pip install --quiet -e ".[test,package]"
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP)
	rm -rf build/lib build/bdist.* build/pyinstaller dist/carnet
	$(PY) -m build --wheel --outdir dist .
	$(PY) -m PyInstaller --noconfirm --log-level WARN --distpath dist \
	  --workpath build/pyinstaller packaging/carnet.spec
	@du -sh dist/carnet; ls -l dist/*.whl

# Re-render resources/icons/*.png, .ico, .icns after editing carnet.svg.
icons: $(STAMP)
	$(PY) packaging/render_icons.py

clean:
	rm -rf $(VENV) build dist *.egg-info
