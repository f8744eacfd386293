# Metadata lives in pyproject.toml; this file lets `scrapyd-deploy` build the project's egg
# (it runs `setup.py bdist_uberegg`, and would otherwise write a setup.py of its own here).
from setuptools import setup

setup()
